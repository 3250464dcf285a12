import type { DetectWords, Language } from './types';

/** What the always-injected detector reads: kept apart so that it carries nothing else of the language. */
export const enDetect: DetectWords = {
  russia: String.raw`russia|ukrain|moscow|kremlin|putin`,
  india: String.raw`india|kerala|punjab|haryana|gujarat|telangana|hyderabad|thrissur|amritsar|uttar pradesh|rajasthan|uttarakhand|jammu|kashmir|karnataka|bihar`,
  military: String.raw`army|military|armed forces|forces|war|recruit|soldier|fight|fought|mercenar|trafficking|front|battle|enlist|discharg`,
};

/**
 * English: the reporting this extension grew from (DESIGN.md section 2 and official-figures.md section 5).
 */
export const en: Language = {
  code: 'en',
  name: 'English',
  detect: enDetect,
  topic: {
    titleAction: String.raw`recruit|serving|discharg|releas|killed|died|death|missing|stuck|enlist`,
    topicVerb: String.raw`recruit|enlist|discharg|killed|died|missing|stuck|serving`,
    indiaInHeadline: String.raw`\bindia\b|\bmea\b|\bcentre\b`,
    death: String.raw`\b(?:body|bodies|mortal remains|killed|died|dead|death)\b`,
    localPerson: String.raw`\b(?:youths?|man|men|boys?|sons?|natives?|jawans?|families|family|returnees?|recruits?|people)\b`,
    otherNations: String.raw`nepal|sri lank|bangladesh|africa|cuba|syria|kenya|ghana|nigeria|north korea|somali|tajik|uzbek|kyrgyz|kazakh|afghan|pakistan`,
    indianArmy: String.raw`indian army|indian armed forces|indian military`,
    // Jobs Indians are hired for in Russia beside the army's: a story of them is another story unless it
    // names an army ("lured with factory jobs into the Russian army" is this one).
    civilianWork: String.raw`\bfactor(?:y|ies)\b|construction (?:sites?|workers?|jobs|sector|industry)|\bnurses\b|work permits?|labour (?:mobility|pact|agreement|shortage|migration)|labor (?:mobility|pact|agreement|shortage)|skilled workers|manpower (?:pact|agreement|shortage)`,
    storyTerms: String.raw`discharg|recruit|external affairs|\bmea\b`,
    indianPeople: String.raw`\bindians\b|\bits (?:nationals|citizens)\b|\bindian (?:nationals?|citizens?|citizenship|men|man|youths?|workers?|recruits?|students?|families|family|national|nationality|soldiers?|mercenaries|returnees|victims|origin|passport)\b|\bindia's (?:nationals|citizens)\b|\bindian (?:to|who|in|from|was|is|has|had)\b|\b(?:kerala|keralite|punjabi?|haryanvi|haryana|gujarat|gujarati|telangana|hyderabad|thrissur|amritsar|uttar pradesh|rajasthan|uttarakhand|jammu|kashmiri?|karnataka|bihar|tamil nadu|andhra)(?:-based)?\s+(?:man|men|youths?|natives?|residents?|families|family|boys?|workers?|mother|father|parents|son|brother|wife|sister|village|district)\b|\bfrom (?:india|kerala|punjab|haryana|gujarat|telangana|hyderabad|uttar pradesh|rajasthan|uttarakhand|jammu|kashmir|karnataka|bihar|tamil nadu|andhra)\b|\b(?:keralites|malayalis|punjabis|gujaratis|tamilians|telugus|kannadigas|biharis)\b`,
    russianArmy: String.raw`russian (?:army|military|armed forces|forces|military unit|unit|uniform|contract|defence ministry|defense ministry|troops|side|authorities|mod|frontline|front)|russia's (?:army|military|armed forces|war|defence ministry)|(?:russia|russia-ukraine|russia–ukraine|ukraine) (?:war|conflict)|war (?:in|with|against) ukraine|war zone|warzone|battlefield|front ?lines?|fight(?:ing)? for russia|in russia's war`,
    topicAction: String.raw`recruit|serving|serve|discharg|releas|killed|died|death|missing|stuck|stranded|trafficking|duped|lured|enlist|fight|support staff|helpers|mercenar|return|repatriat|army|joined`,
    otherNationals: String.raw`nepal(?:i|ese)|sri lankan?s?|bangladeshis?|africans?|cubans?|syrians?|kenyans?|ghanaians?|nigerians?|north koreans?`,
    army: String.raw`army|military|armed forces|\bforces\b|troops|mercenar|front ?lines?|battlefield|war ?zone|combat`,
  },
  scope: {
    // Case-sensitive (figure-scope.ts): a capital names a place.
    groupAfter: String.raw`^[^.;,]{0,40}?\bfrom (?!India\b|Russia|Ukraine|Moscow|Delhi\b|abroad|across|all over|the Russian)(?:the (?:same|village|district|town|state|region|area)\b|(?:this|that|his|her|their|one) (?:village|district|town|area|region|network|agent)|[A-Z][a-z]+\b)|\bthrough (?:the )?(?:same|this|that|one|his|her|their) (?:[\w-]+ )?(?:agent|agency|network|recruiter)|\bin (?:the )?same (?:[\w-]+ )?(?:camp|group|unit|batch|village)|^\s*in the (?:group|camp|batch)\b|^\s*(?:[\w-]+ )?(?:[Kk]eralites|[Mm]alayalis|[Pp]unjabis|[Gg]ujaratis|[Tt]amilians|[Kk]annadigas|[Bb]iharis|[Hh]aryanvis)\b`,
    groupBefore: String.raw`\b(?!India's)[A-Z][a-z]+'s|\b(?:village|district|state|town|agent|network)'s`,
  },
  subject: {
    indian: String.raw`indian|\bindia\b|keral\w*|punjab\w*|haryan\w*|gujarat\w*|telangana|hyderabad|uttar pradesh|jammu|kashmir\w*|rajasthan\w*|uttarakhand|karnataka|tamil|bihar\w*`,
    indianWord: String.raw`indian`,
    otherNationality: String.raw`nepal\w*|sri lank\w*|bangladesh\w*|african|cuban|syrian|kenyan|ghanaian|nigerian|somali\w*|egyptian|iraqi|chinese|north korean|tajik\w*|uzbek\w*|kyrgyz\w*|kazakh\w*|afghan\w*|pakistani\w*`,
  },
  months: [
    ['jan', 'jan.', 'january'],
    ['feb', 'feb.', 'february'],
    ['mar', 'mar.', 'march'],
    ['apr', 'apr.', 'april'],
    ['may'],
    ['jun', 'june'],
    ['jul', 'july'],
    ['aug', 'aug.', 'august'],
    ['sep', 'sep.', 'sept', 'sept.', 'september'],
    ['oct', 'oct.', 'october'],
    ['nov', 'nov.', 'november'],
    ['dec', 'dec.', 'december'],
  ],
  weekdays: [
    ['sunday', 'sun'],
    ['monday', 'mon'],
    ['tuesday', 'tue', 'tues'],
    ['wednesday', 'wed'],
    ['thursday', 'thu', 'thurs'],
    ['friday', 'fri'],
    ['saturday', 'sat'],
  ],
  unitsAfter:
    'year years yr yrs year-old month months week weeks day days hour hours hr hrs minute minutes min mins second seconds sec secs km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters kg tonne tonnes ton tons per percent pc crore crores lakh lakhs million millions billion billions trillion trillions bn mn rupee rupees dollar dollars usd inr am pm a.m p.m a.m. p.m. ist gmt utc times acre acres sq feet ft mm cm squadron squadrons barrel barrels aircraft jets tanks ships storey storeys floor floors page pages comment comments share shares like likes view views stories premium plan plans issues edition editions goal goals runs wickets overs seats votes states districts cities countries nations visits meetings rounds bills questions point points degree degrees session sessions hectare hectares vehicles flights trains buses'.split(
      ' ',
    ),
  qualifiers: [
    ['about', 'approx'],
    ['around', 'approx'],
    ['nearly', 'approx'],
    ['almost', 'approx'],
    ['roughly', 'approx'],
    ['approximately', 'approx'],
    ['approx', 'approx'],
    ['approx.', 'approx'],
    ['some', 'approx'],
    ['estimated', 'approx'],
    ['reportedly', 'approx'],
    ['at least', 'at_least'],
    ['over', 'at_least'],
    ['more than', 'at_least'],
    ['a minimum of', 'at_least'],
    ['upwards of', 'at_least'],
    ['no fewer than', 'at_least'],
    ['no less than', 'at_least'],
    ['not less than', 'at_least'],
    ['in excess of', 'at_least'],
    ['up to', 'at_most'],
    ['upto', 'at_most'],
    ['as many as', 'at_most'],
    ['fewer than', 'at_most'],
    ['less than', 'at_most'],
    ['not more than', 'at_most'],
    ['no more than', 'at_most'],
    ['at most', 'at_most'],
    ['a maximum of', 'at_most'],
    ['under', 'at_most'],
    ['close to', 'approx'],
    ['an estimated', 'approx'],
  ],
  qualifiersAfter: String.raw`-plus\b| plus\b`,
  incremental: {
    before: String.raw`\b(?:another|a further|further|additional|fresh)\s*$`,
    after: String.raw`\s*more\b`,
  },
  clauseEnders: String.raw`\band\b(?= \d)|\b(?:and that|saying|adding|while|but|even as|whereas)\b`,
  cues: {
    other: String.raw`cremat\w*|\bdna\b|arrest\w*|\baccused\b|persons and entities|traffickers|\blocations\b|\bpremises\b|\bplaces\b|\bfirms\b|consultanc\w*|\bagencies\b|\bcompanies\b|\bvictims\b|\binstances\b|\b(?:sent|taken)\b[^.;]{0,30}\bto russia`,
    awaiting: String.raw`await\w*|\bwait(?:ing|s)?\b|\bseek\w*|\bsought\b|want\w* to (?:be )?(?:discharged|released|return|come back|leave|go home|end|quit|get out)|wish\w* to (?:end|leave|return|be )|\bpending\b`,
    awaitingPush: String.raw`efforts?\b[^.;]{0,40}\b(?:release|discharge|rescue|return|bring)|(?:urg\w*|press\w*|push\w*|demand\w*|ask\w*|call\w*|seek\w*|working|work|sought|plea|raised)\b[^.;]{0,40}\b(?:release|discharge|return)|to (?:secure|get|obtain)\b[^.;]{0,20}(?:release|discharge)|\b(?:release|discharge) (?:of )?(?:the )?(?:remaining|more|another)`,
    killed: String.raw`\bkilled\b|\bdied\b|\bdead\b|\bdeaths?\b|death toll|lost (?:their|his|her) li(?:ves|fe)|\bperished\b|\bsuccumbed\b|fatalit\w*|casualt\w*|martyred|\bslain\b|\bdeceased\b`,
    missing: String.raw`\bmissing\b|whereabouts|could not be traced|untrace\w*|unaccounted`,
    discharged: String.raw`discharg\w*|\bsecured\b|\bfacilitated\b|\breleased\b|\breturned\b|\bcome back\b|\bcame back\b|brought back|brought home|repatriat\w*|\bfreed\b|\brescued\b|evacuated|\bleft the\b|\b(?:had|have|has) (?:already )?left\b|discontinu\w*|terminat\w*|services? (?:\w+ ){0,3}(?:ended|ceased)|let go|sent back|sent home|back home|returned home|(?:come|came|coming|gone|went|got) home|relieved (?:of|from) (?:their |military )?(?:service|duty|duties)|reached (?:home|india)|granted leave`,
    servingState: String.raw`(?:are|were|is|was|currently|presently|still|now|at present|remain\w*|continue\w* to be) (?:\w+ ){0,2}(?:serving|fighting|deployed|enlisted|posted)|(?:are|is|currently|presently|still|now|at present) (?:\w+ ){0,2}(?:with|in) (?:the )?russian|\bremain\w*|\bstill\b|\bstuck\b|stranded|stay(?:ed|s)? (?:back|behind|on)\b|\btrapped\b|deputed|continu\w+ to serve|yet to be (?:discharged|released)|forced (?:to fight|into fighting|to serve|into combat|into service|to join)|\bpursu\w+|on (?:the )?(?:battlefields?|front ?lines?)`,
    recruitedPast: String.raw`had (?:\w+ )?served|have served|had been (?:part of|in) the|were part of`,
    recruited: String.raw`(?:had|have) gone (?:from\b|to russia)|\bwent from\b|recruit\w*|enlist\w*|induct\w*|\bjoined\b|signed up|\bhired\b|\blured\b|\bduped\b|\btricked\b|misled|\bcases\b|identified|in total|\btotal\b|in all\b|went to (?:russia|fight)`,
    servingWeak: String.raw`\bserving\b|\bfighting\b|\bdeployed\b|(?:contacted|approached)\b|\bin the russian (?:army|armed forces|military|forces)|with the russian (?:army|armed forces|military|forces)`,
  },
};
