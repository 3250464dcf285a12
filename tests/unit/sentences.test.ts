import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/engine/sentences';
import { textModelFromPlainText } from '../../utils/engine/text/text-model';

function sentences(input: string): string[] {
  const model = textModelFromPlainText(input);
  return splitSentences(model.text, model.blocks).map((s) => model.text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it.each([
    ['Title\nFour were killed. Two are missing.', ['Title', 'Four were killed.', 'Two are missing.']],
    // An initial and an abbreviation do not end a sentence.
    [
      'Title\nS. Jaishankar met Mr. Lavrov on Jan. 5. They spoke.',
      ['Title', 'S. Jaishankar met Mr. Lavrov on Jan. 5.', 'They spoke.'],
    ],
    // A lower-case word after the stop continues the sentence; a decimal and "U.S." are no ends.
    [
      'Title\nThe figure was 3.5 per cent in the U.S. and e.g. rose. It fell.',
      ['Title', 'The figure was 3.5 per cent in the U.S. and e.g. rose.', 'It fell.'],
    ],
    // Closing quotes stay with their sentence; "!" and "?" end one; so does the Hindi danda.
    [
      'Title\n"We want them home." He asked: why? Nobody knew!',
      ['Title', '"We want them home."', 'He asked: why?', 'Nobody knew!'],
    ],
    ['शीर्षक\n12 भारतीयों की मौत हुई। 16 लापता हैं।', ['शीर्षक', '12 भारतीयों की मौत हुई।', '16 लापता हैं।']],
    // Initials of the Indian scripts do not end a sentence; a word that is no initial does.
    [
      'शीर्षक\nविदेश मंत्री एस. जयशंकर ने बताया कि 91 भारतीय भर्ती हुए. 8 की मौत हुई.',
      ['शीर्षक', 'विदेश मंत्री एस. जयशंकर ने बताया कि 91 भारतीय भर्ती हुए.', '8 की मौत हुई.'],
    ],
    [
      'தலைப்பு\nஅமைச்சர் எஸ். ஜெய்சங்கர் கூறினார். 12 பேர் உயிரிழந்தனர்.',
      ['தலைப்பு', 'அமைச்சர் எஸ். ஜெய்சங்கர் கூறினார்.', '12 பேர் உயிரிழந்தனர்.'],
    ],
    // A stop followed by a non-breaking space or a tab ends a sentence too.
    [
      'Title\nFour were killed.\u00a0Two are missing.\tThree returned.',
      ['Title', 'Four were killed.', 'Two are missing.', 'Three returned.'],
    ],
  ])('%j', (input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });
});
