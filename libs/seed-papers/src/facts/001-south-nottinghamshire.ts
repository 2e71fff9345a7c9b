import { assumedBetween, notGiven, paperDate, possibleDays, readWrittenDate } from '../dates/paper-date';
import { seedDocument } from '../seed-documents';
import type { Block } from '../structure/document';
import { clausesOf, findClause, findPart, ownText } from '../structure/render';
import { CATEGORY_KINDS, compactText, find, itemText, lists, onlyDate, organisationType, paragraphs, sameOrganisation, sentenceWith } from './reading';
import type { AssumptionNote, EndorsementFacts, PartnerFacts, SeedCompactFacts } from './seed-facts';

/**
 * 001, South Nottinghamshire: the board paper of 28 January 2015 asking the Health and
 * Wellbeing Board to endorse the compact (its Commissioning Executive Group had endorsed it
 * with two concerns on 2 December 2014), the compact, its terms of reference (Appendix 1,
 * dated September 2014) with each partner's named lead and deputy, and Appendix 2.
 */
export function southNottinghamshireFacts(): SeedCompactFacts {
  const document = seedDocument('001');
  const cover = findPart(document, 'board-paper-cover');
  const summary = findPart(document, 'board-paper-summary');
  const recommendations = findPart(document, 'board-paper-recommendations');
  const compact = findPart(document, 'compact');
  const terms = findPart(document, 'appendix-1');
  const assumptions: AssumptionNote[] = [];

  // ---- the version: no label and no date on the paper
  const termsDated = paragraphs(findClause(terms, '11').body).find((p) => /^\w+ \d{4}$/.test(p.text));
  if (!termsDated) throw new Error('001: the terms of reference carry no date');
  const presented = find(
    paragraphs(summary.body)
      .map((p) => p.text)
      .join('\n'),
    /During (\w+) and (\w+) (\d{4}), the Compact was presented/,
    'board round',
  );
  const earliest = possibleDays(paperDate(readWrittenDate(termsDated.text)), { assume: false })!.earliest;
  const latest = possibleDays(paperDate(readWrittenDate(`${presented[1]} ${presented[3]}`)), { assume: false })!.latest;
  const versionBasis =
    `The compact is not dated. Its terms of reference (Appendix 1) are dated "${termsDated.text}", and the board paper says "${presented[0]}" ` +
    `to partner boards, so the text existed between the start of ${termsDated.text} and the end of ${presented[1]} ${presented[3]}.`;
  assumptions.push(
    { fact: 'version 1 label', assumption: 'the ledger calls the one version on the paper "1"', basis: 'The paper gives the compact no version number.' },
    { fact: 'version 1 date', assumption: `between ${earliest} and ${latest}`, basis: versionBasis },
  );

  // ---- partners: the list under PARTNERS TO AGREEMENT, by category; leads and deputies from Appendix 1's membership table
  const listAt = compact.body.findIndex((b) => b.kind === 'heading' && /^PARTNERS TO AGREEMENT$/.test(b.text));
  const list = compact.body[listAt + 1] as Extract<Block, { kind: 'paragraph' }>;
  const membership = findClause(terms, '4').body.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.rows[0][0] === 'ORGANISATION');
  if (!membership) throw new Error('001: no membership table in Appendix 1, section 4');
  const [header, ...rows] = membership.rows;
  const partners: PartnerFacts[] = [];
  let category: string | null = null;
  list.text
    .split('\n')
    .slice(1)
    .forEach((name, i) => {
      if (CATEGORY_KINDS.some(([pattern]) => pattern.test(name))) {
        category = name;
        return;
      }
      const matching = rows.filter(([organisation]) => sameOrganisation(organisation, name));
      if (matching.length > 1) throw new Error(`001: ${name} matches ${matching.length} rows of the membership table`);
      const [row] = matching;
      const alsoWritten = row && row[0] !== name ? [row[0]] : [];
      partners.push({
        name,
        alsoWritten,
        type: organisationType([name, ...alsoWritten], category),
        lead: row?.[1] ? { name: row[1], role: header[1] } : null,
        deputy: row?.[2] ? { name: row[2], role: header[2] } : null,
        since: notGiven(),
        line: list.line + 1 + i,
      });
    });

  // ---- the endorsement with concerns, and the request to the Health and Wellbeing Board
  const summaryText = paragraphs(summary.body)
    .map((p) => p.text)
    .join('\n');
  const endorsedBy = find(summaryText, /including the (.+?) on (\d+\w* \w+ \d{4})/, 'board that endorsed');
  const outcome = find(summaryText, /^The (\w+) (gave overall endorsement to the Compact but outlined (\w+) concerns)/m, 'endorsement outcome');
  const concerns = clausesOf(summary.body).map((clause) => {
    const [concern, ...rest] = paragraphs(clause.body);
    const response = rest.map((p) => /^Response:\s*(.+)$/s.exec(p.text)?.[1]).find((r) => r !== undefined) ?? null;
    return { number: clause.number, concern: concern.text, response, line: clause.line };
  });
  const council = partners.find((p) => p.type.kind === 'local-authority' && endorsedBy[1].startsWith(p.name.replace(/ Council$/, ' ')));
  const endorsement: EndorsementFacts = {
    body: endorsedBy[1],
    forPartner: council
      ? {
          name: council.name,
          assumed:
            `The paper names the board, not the partner: "${endorsedBy[1]}". A health and wellbeing board is a committee of its local authority, ` +
            `and this one is ${council.name}'s; that is general knowledge, not on the paper.`,
        }
      : null,
    versionLabel: '1',
    meetingDate: onlyDate(endorsedBy[2]),
    outcome: 'endorsed-with-concerns',
    outcomeAsWritten: outcome[2],
    concerns,
    line: paragraphs(summary.body).find((p) => p.text.includes(endorsedBy[0]))!.line,
  };
  if (endorsement.forPartner?.assumed)
    assumptions.push({ fact: `endorsement by ${outcome[1]}`, assumption: `for ${endorsement.forPartner.name}`, basis: endorsement.forPartner.assumed });

  const heading = find(paragraphs(cover.body)[0].text, /^(.+?) - (\d+ \w+ \d{4})$/, 'board paper heading');
  const [recommendation] = clausesOf(recommendations.body);
  const asked = ownText(recommendation);
  const askedBody = find(asked, /^The (.+?) is asked to endorse/, 'board asked to endorse');

  // ---- escalation: section 8
  const alive = findClause(compact, '8');
  const [first, ...more] = paragraphs(alive.body);
  const third = more.find((p) => /agreement cannot be reached/.test(p.text))!;
  const mediators = lists(alive.body)[0].map(itemText);

  return {
    paper: '001',
    file: document.file,
    title: document.title,
    alsoTitled: compact.heading ? [compact.heading] : [],
    covers: find(document.title, /^(.+?) Transformation/, 'place in the title')[1],
    versions: [
      {
        label: '1',
        labelOnPaper: false,
        dated: assumedBetween(earliest, latest, versionBasis),
        note: null,
        line: null,
        text: compactText(document),
        amendment: null,
      },
    ],
    partners,
    partnersNote: null,
    signatures: [],
    endorsements: [endorsement],
    endorsementRequests: [{ body: askedBody[1], meetingDate: onlyDate(heading[2]), asked, line: recommendation.line }],
    term: null,
    escalationPath: {
      source: `${alive.number} ${alive.heading}`,
      levels: [
        { level: 1, asWritten: find(first.text, /in the first instance, .+? bilaterally/, 'first level')[0], mediators: [], line: first.line },
        { level: 2, asWritten: find(first.text, /if necessary with the mediation of:/, 'second level')[0], mediators, line: first.line },
        { level: 3, asWritten: sentenceWith(third.text, /agreement cannot be reached/), mediators: [], line: third.line },
      ],
    },
    commitments: [],
    assumptions,
  };
}
