import { OUTLETS } from '../../../utils/sites/outlets';

/** Each host the outlets' table names, with its name: every listed domain, and the subdomains it lists. */
export function namedHosts(): Array<[host: string, name: string]> {
  return OUTLETS.flatMap(
    ([domain, name, , subdomains = {}]): Array<[string, string]> => [
      [domain, name],
      ...Object.entries(subdomains).map(([label, subName]): [string, string] => [
        `${label}.${domain}`,
        subName,
      ]),
    ],
  );
}
