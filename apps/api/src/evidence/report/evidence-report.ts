import {
  describeDate,
  type EscalationPath,
  type EvidencePackExported,
  evolveMeeting,
  initialMeetingState,
  type MeetingState,
  meetingEventCodec,
} from '@compact-ledger/domain';
import { isStoredEvent, type RecordedEvent, recordedAtOf, recordedEventOf, type StoredEvent } from '@compact-ledger/event-store';
import {
  type AuditLevel,
  compactOnDate,
  type CompactDocument,
  type CompactVersionsView,
  compareVersions,
  type DisputeDocument,
  type EscalationAuditDocument,
  evolveCompactDocument,
  evolveCompactVersions,
  evolveDisputeDocument,
  evolveEscalationAudit,
  signatureRegister,
  termInEffect,
  type VersionComparison,
  type VersionView,
} from '@compact-ledger/projections';

/** What the report says of the pack it is in (from the checkpoint and the request). */
export interface ReportHeading {
  title: string;
  subject: string;
  origin: string;
  checkpointSize: number;
  checkpointRoot: string;
  exportedBy: string;
  exportId: string;
}

interface StreamRecord {
  streamId: string;
  count: number;
  headRevision: number;
  headHash: string;
}

/**
 * report.html of an evidence pack, made from the pack's own events as they pass on
 * their way into events.jsonl: the report shows the compact, its disputes and its
 * boards' decisions as the events up to the pack's checkpoint give them, so it says
 * nothing the pack does not hold, and the same events always make the same report.
 * (Not from the read models: they stand at another position than the checkpoint.)
 *
 * It keeps what it shows, not the events: the compact's state, each meeting's
 * decisions, the exports recorded, and per stream its count and head. Disputes are the
 * exception, being many (a compact can have thousands, each with its escalation audit):
 * the report keeps only which streams are disputes, and when it is rendered reads each
 * dispute's stream again up to the checkpoint, folds it, writes its section and lets it
 * go, so its memory holds one dispute, not all of them. The second reading must end at
 * the head (revision and hash, which chains every event before it) the first one saw.
 * Self-contained: inline CSS, no script, and a content security policy that forbids
 * any request, so it opens offline and looks nowhere else.
 */
export class EvidenceReport {
  /** The compact as its read models fold it (its document, and its versions with their texts), from the pack's events. */
  private compact: CompactDocument | null = null;
  private versions: CompactVersionsView | null = null;
  /** The dispute streams, in the order they were raised. */
  private readonly disputes: string[] = [];
  private readonly meetings = new Map<string, MeetingState>();
  private readonly boards = new Map<string, { name: string; purpose: string; establishedOn: string }>();
  /** What the report shows of each earlier export: not its list of streams, which for a large compact is thousands of names an export. */
  private readonly exports: Array<{ disputeId: string | null; checkpointSize: number; by: string; at: string }> = [];
  private readonly streams = new Map<string, StreamRecord>();
  private lastRecordedAt = '';

  /** `readDispute` gives a dispute stream's events again, up to the same checkpoint, when the report is rendered. */
  constructor(private readonly readDispute: (streamId: string) => AsyncIterable<RecordedEvent>) {}

  /**
   * Adds an event of the pack. Given as the store holds it (StoredEvent), it is parsed
   * only where the report shows what it says: the disputes' many events are counted
   * here, and read again when their sections are rendered.
   */
  add(event: RecordedEvent | StoredEvent): void {
    const { streamId, revision } = event;
    const [hash, recordedAt] = isStoredEvent(event) ? [event.hash, recordedAtOf(event)] : [event.metadata.hash, event.metadata.recordedAt];
    const stream = this.streams.get(streamId);
    if (stream) {
      stream.count++;
      stream.headRevision = revision;
      stream.headHash = hash;
    } else {
      this.streams.set(streamId, { streamId, count: 1, headRevision: revision, headHash: hash });
    }
    if (recordedAt > this.lastRecordedAt) this.lastRecordedAt = recordedAt;
    const kind = /^([a-z-]+?)-[0-9a-f]{8}-/.exec(streamId)?.[1];
    switch (kind) {
      case 'compact': {
        const recorded = recordedEventOf(event);
        this.compact = evolveCompactDocument(this.compact, recorded);
        this.versions = evolveCompactVersions(this.versions, recorded);
        return;
      }
      case 'dispute':
        if (!stream) this.disputes.push(streamId);
        return;
      case 'meeting': {
        const decoded = meetingEventCodec.decode(recordedEventOf(event));
        if (decoded) this.meetings.set(streamId, evolveMeeting(this.meetings.get(streamId) ?? initialMeetingState(), decoded));
        return;
      }
      case 'board':
        if (event.type === 'BoardEstablished') {
          const data = recordedEventOf(event).data as { name: string; purpose: string; establishedOn: string };
          this.boards.set(streamId, { name: data.name, purpose: data.purpose, establishedOn: data.establishedOn });
        }
        return;
      case 'evidence-exports':
        if (event.type === 'EvidencePackExported') {
          const recorded = recordedEventOf(event);
          const data = recorded.data as unknown as EvidencePackExported['data'];
          this.exports.push({ disputeId: data.disputeId ?? null, checkpointSize: data.checkpoint.size, by: recorded.metadata.actor.name, at: recordedAt });
        }
        return;
    }
  }

  /** The events, passed through: each is added to the report as the pack's writer takes it. */
  async *observe<E extends RecordedEvent | StoredEvent>(events: AsyncIterable<E>): AsyncGenerator<E> {
    for await (const event of events) {
      this.add(event);
      yield event;
    }
  }

  /** The HTML, a section at a time (a compact with thousands of disputes is not built as one string). */
  async *render(heading: ReportHeading): AsyncGenerator<Buffer> {
    const asOf = this.lastRecordedAt.slice(0, 10);
    yield chunk(`<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(heading.title)}: evidence report</title>
<style>${CSS}</style></head><body>
<header><p class="kicker">Evidence report</p><h1>${esc(heading.title)}</h1>
<p>${esc(heading.subject)}. Made from the events in this pack, up to checkpoint <b>${heading.checkpointSize}</b> of the log <code>${esc(heading.origin)}</code>
(root <code>${esc(heading.checkpointRoot)}</code>); the last of them was recorded on ${esc(asOf || 'no date')}. Exported by ${esc(heading.exportedBy)} (export <code>${esc(heading.exportId)}</code>).</p>
<p class="note">This report is for reading. What proves the records is checked by <code>verify.mjs</code> (see <code>VERIFY.txt</code>): the report's own SHA-256 is in the signed manifest, so it cannot be changed unnoticed either.</p>
</header><main>`);
    if (this.compact) yield* this.renderCompact(this.compact, this.versions?.versions ?? [], asOf);
    yield* this.renderDisputes();
    yield* this.renderDecisions();
    yield* this.renderExports();
    yield chunk(
      `<section><h2>Streams in this pack</h2><table><thead><tr><th>Stream</th><th>Events</th><th>Head revision</th><th>Head hash</th></tr></thead><tbody>`,
    );
    for (const s of this.streams.values()) {
      yield chunk(
        `<tr><td><code>${esc(s.streamId)}</code></td><td>${s.count}</td><td>${s.headRevision}</td><td><code class="hash">${s.headHash}</code></td></tr>`,
      );
    }
    yield chunk(`</tbody></table></section></main></body></html>\n`);
  }

  private *renderCompact(compact: CompactDocument, versions: VersionView[], asOf: string): Generator<Buffer> {
    // Dates as the papers give them: a status on a date counts only what certainly happened by then.
    const onDate = asOf ? compactOnDate(compact, asOf, 'none') : null;
    const term = termInEffect(compact);
    yield chunk(`<section><h2>The compact</h2><dl>
<dt>Covers</dt><dd>${esc(compact.covers)}</dd>
${compact.description ? `<dt>Description</dt><dd>${esc(compact.description)}</dd>` : ''}
${onDate ? `<dt>Status on ${esc(asOf)}</dt><dd>${esc(onDate.status)}${onDate.undetermined.length > 0 ? ` (undetermined on that day: ${esc(onDate.undetermined.map((u) => `${u.fact}, ${describeDate(u.date)}`).join('; '))})` : ''}</dd>` : ''}
<dt>Term</dt><dd>${esc(term ? termText(term) : 'not set')}</dd>
${compact.closure ? `<dt>${compact.closure.kind === 'terminated' ? 'Terminated' : 'Superseded'}</dt><dd>${esc(describeDate(compact.closure.effectiveOn))}: ${esc(compact.closure.reason)}</dd>` : ''}
</dl></section>`);

    yield chunk(
      `<section><h2>Versions</h2><table><thead><tr><th>Version</th><th>Dated</th><th>What changed and why</th><th>Content hash</th></tr></thead><tbody>`,
    );
    for (const version of versions) {
      yield chunk(
        `<tr><td>${esc(version.label)}</td><td>${esc(describeDate(version.dated))}</td><td>${esc(version.note ?? '')}</td><td>${version.contentHash ? `<code class="hash">${version.contentHash}</code>` : 'no text on the paper'}</td></tr>`,
      );
    }
    yield chunk(`</tbody></table>`);
    // Only versions whose text the paper carries can be compared word by word.
    const withText = versions.filter((v) => v.sections !== null);
    for (let i = 1; i < withText.length; i++) yield chunk(renderDiff(compareVersions(withText[i - 1], withText[i])));
    yield chunk(`</section>`);

    yield chunk(`<section><h2>Signature register</h2><p>One row per partner and version: an unsigned slot is a row.</p>
<table><thead><tr><th>Version</th><th>Partner</th><th>Status</th><th>Signatory</th><th>Signed on</th><th>Recorded</th></tr></thead><tbody>`);
    for (const row of signatureRegister(compact, null, 'none')) {
      yield chunk(
        `<tr class="${row.status}"><td>${esc(row.versionLabel)}</td><td>${esc(row.organisation)}</td><td>${row.status === 'signed' ? 'signed' : 'not signed'}${row.corrected ? ' (corrected)' : ''}</td>` +
          `<td>${row.signatory ? `${esc(row.signatory.name)}${row.signatory.role ? `, ${esc(row.signatory.role)}` : ''}` : ''}</td><td>${row.signedOn ? esc(describeDate(row.signedOn)) : ''}</td><td>${esc(row.recordedAt ?? '')}</td></tr>`,
      );
    }
    yield chunk(`</tbody></table></section>`);

    if (compact.endorsements.length > 0 || compact.endorsementRequests.length > 0) {
      const partnerName = (id: string) => compact.partners.find((p) => p.organisationId === id)?.name ?? id;
      yield chunk(
        `<section><h2>Endorsements</h2><table><thead><tr><th>Version</th><th>Partner</th><th>Board</th><th>Met on</th><th>Outcome</th><th>Concerns and responses</th></tr></thead><tbody>`,
      );
      for (const e of compact.endorsements) {
        const concerns = e.concerns.map((c) => `<li>${esc(c.concern)}<br><small>Response: ${esc(c.response ?? 'none yet')}</small></li>`).join('');
        yield chunk(
          `<tr><td>${esc(e.versionLabel)}</td><td>${esc(partnerName(e.organisationId))}</td><td>${esc(e.boardName)}</td><td>${esc(describeDate(e.meetingDate))}</td><td>${esc(e.outcome)}</td>` +
            `<td>${concerns ? `<ul>${concerns}</ul>` : esc(e.reason ?? '')}</td></tr>`,
        );
      }
      for (const r of compact.endorsementRequests) {
        yield chunk(
          `<tr><td>${esc(r.versionLabel)}</td><td>${esc(r.organisationId ? partnerName(r.organisationId) : '')}</td><td>${esc(r.boardName)}</td><td>${esc(describeDate(r.meetingDate))}</td><td>asked to endorse</td><td>${esc(r.asked)}</td></tr>`,
        );
      }
      yield chunk(`</tbody></table></section>`);
    }

    yield chunk(`<section><h2>Partners</h2><table><thead><tr><th>Organisation</th><th>Type</th><th>Lead</th><th>Membership</th></tr></thead><tbody>`);
    for (const partner of compact.partners) {
      const periods = partner.memberships.map((m) => `${describeDate(m.from)} to ${m.until ? describeDate(m.until) : 'now'}`).join('; ');
      const lead = partner.lead ? `${esc(partner.lead.name)}${partner.lead.role ? `, ${esc(partner.lead.role)}` : ''}` : 'not named';
      yield chunk(`<tr><td>${esc(partner.name)}</td><td>${esc(partner.organisationType)}</td><td>${lead}</td><td>${esc(periods)}</td></tr>`);
    }
    yield chunk(`</tbody></table></section>`);
    const path = compact.escalationPaths[compact.escalationPaths.length - 1];
    if (path) yield chunk(renderPath(path));
  }

  private async *renderDisputes(): AsyncGenerator<Buffer> {
    let opened = false;
    for (const streamId of this.disputes) {
      const dispute = await this.foldDispute(streamId);
      if (!dispute) continue;
      if (!opened) yield chunk(`<section><h2>Disputes</h2>`);
      opened = true;
      yield* renderDispute(dispute);
    }
    if (opened) yield chunk(`</section>`);
  }

  /** A dispute's document and escalation audit, from its stream read again, which must end where the pack's events of it ended. */
  private async foldDispute(streamId: string): Promise<FoldedDispute | null> {
    const seen = this.streams.get(streamId)!;
    let document: DisputeDocument | null = null;
    let audit: EscalationAuditDocument | null = null;
    let responses = 0;
    let count = 0;
    let head: RecordedEvent | null = null;
    for await (const event of this.readDispute(streamId)) {
      document = evolveDisputeDocument(document, event);
      audit = evolveEscalationAudit(audit, event);
      if (event.type === 'DisputeResponded') responses++;
      count++;
      head = event;
    }
    if (count !== seen.count || head?.revision !== seen.headRevision || head.metadata.hash !== seen.headHash) {
      throw new Error(
        `dispute stream ${streamId} read again for the report gave ${count} events to revision ${head?.revision ?? 'none'}, not the pack's ${seen.count} to revision ${seen.headRevision} (hash ${seen.headHash})`,
      );
    }
    return document && audit ? { document, audit, responses } : null;
  }

  private *renderDecisions(): Generator<Buffer> {
    const meetings = [...this.meetings.values()].filter((m): m is Extract<MeetingState, { kind: 'scheduled' | 'held' | 'cancelled' }> => m.kind !== 'none');
    if (meetings.length === 0 && this.boards.size === 0) return;
    yield chunk(`<section><h2>Boards and their decisions</h2>`);
    for (const board of this.boards.values()) yield chunk(`<p><b>${esc(board.name)}</b>, established ${esc(board.establishedOn)}: ${esc(board.purpose)}</p>`);
    for (const meeting of meetings) {
      yield chunk(`<h3>${esc(meeting.boardName)}: ${esc(meeting.title)}, ${esc(meeting.meetingDate)} (${esc(meeting.kind)})</h3>`);
      if (meeting.decisions.length === 0) continue;
      yield chunk(`<table><thead><tr><th>Item</th><th>Decided on</th><th>Resolution</th><th>Carried</th></tr></thead><tbody>`);
      for (const decision of meeting.decisions) {
        yield chunk(
          `<tr><td>${esc(decision.item)} ${esc(decision.itemTitle)}</td><td>${esc(decision.decidedOn)}</td><td>${esc(decision.resolution)}</td><td>${decision.carried ? 'yes' : 'no'}</td></tr>`,
        );
      }
      yield chunk(`</tbody></table>`);
    }
    yield chunk(`</section>`);
  }

  private *renderExports(): Generator<Buffer> {
    if (this.exports.length === 0) return;
    yield chunk(
      `<section><h2>Earlier exports of this evidence</h2><table><thead><tr><th>Recorded</th><th>By</th><th>Of</th><th>Checkpoint</th></tr></thead><tbody>`,
    );
    for (const e of this.exports) {
      yield chunk(
        `<tr><td>${esc(e.at)}</td><td>${esc(e.by)}</td><td>${e.disputeId ? `dispute ${esc(e.disputeId)}` : 'the compact'}</td><td>${e.checkpointSize}</td></tr>`,
      );
    }
    yield chunk(`</tbody></table></section>`);
  }
}

interface FoldedDispute {
  document: DisputeDocument;
  audit: EscalationAuditDocument;
  /** How many responses were made (their text is not in the report). */
  responses: number;
}

function* renderDispute({ document: d, audit, responses }: FoldedDispute): Generator<Buffer> {
  yield chunk(`<article><h3>${esc(d.summary)}</h3><dl>
<dt>Raised</dt><dd>${esc(d.raisedOn)} by ${esc(d.raisedBy)} against ${esc(d.against.join(', '))}, on version ${esc(d.compact.versionLabel)}</dd>
<dt>About</dt><dd>${esc(d.about.map((a) => JSON.stringify(a)).join('; '))}</dd>
<dt>Status</dt><dd>${esc(d.status)}${d.resolution ? `: resolved at level ${d.resolution.level} on ${esc(d.resolution.resolvedOn)}, on terms agreed by ${esc(d.resolution.agreedBy.join(', '))}: ${esc(d.resolution.terms)}` : ''}${d.withdrawal ? `: withdrawn by ${esc(d.withdrawal.withdrawnBy)} on ${esc(d.withdrawal.withdrawnOn)} (${esc(d.withdrawal.reason)})` : ''}</dd>
<dt>Responses</dt><dd>${responses}</dd></dl>
<h4>Escalation timeline</h4><table><thead><tr><th>Level</th><th>Who acts</th><th>Reached</th><th>By</th><th>Reason</th><th>Left</th><th>Mediators, chair</th></tr></thead><tbody>`);
  for (const level of audit.levels) yield chunk(renderLevel(level));
  yield chunk(`</tbody></table>`);
  if (audit.skippedLevels.length > 0) yield chunk(`<p class="finding">Levels passed over: ${audit.skippedLevels.join(', ')}</p>`);
  if (d.evidence.length > 0) {
    yield chunk(`<h4>Evidence</h4><ul>`);
    for (const e of d.evidence) {
      yield chunk(
        `<li>${esc(e.submittedOn)}, ${esc(e.submittedBy)}: ${esc(e.description)}: <a href="evidence/sha256/${e.file.sha256}">${esc(e.file.filename)}</a> (${e.file.size} bytes, SHA-256 <code class="hash">${e.file.sha256}</code>)</li>`,
      );
    }
    yield chunk(`</ul>`);
  }
  yield chunk(`</article>`);
}

const chunk = (text: string) => Buffer.from(text, 'utf8');

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function renderDiff(comparison: VersionComparison): string {
  const parts = comparison.sections.map((section) => {
    const heading = section.heading.to ?? section.heading.from ?? '';
    const body =
      section.words === null
        ? section.change === 'added'
          ? '<p><ins>section added</ins></p>'
          : '<p><del>section removed</del></p>'
        : `<p>${section.words.map((w) => (w.change === 'added' ? `<ins>${esc(w.text)}</ins>` : w.change === 'removed' ? `<del>${esc(w.text)}</del>` : esc(w.text))).join('')}</p>`;
    return `<div class="section"><h5>${esc(section.number)} ${esc(heading)} (${section.change})</h5>${body}</div>`;
  });
  return `<details><summary>From ${esc(comparison.from.label)} to ${esc(comparison.to.label)}: ${comparison.sections.length} section${comparison.sections.length === 1 ? '' : 's'} changed, ${comparison.unchanged.length} unchanged</summary>${parts.join('')}</details>`;
}

function renderLevel(level: AuditLevel): string {
  const people = [
    ...level.mediators.map((m) => `${esc(m.name)} (${esc(m.role)}), from ${esc(m.appointedOn)}`),
    ...(level.independentChair
      ? [
          `independent chair ${esc(level.independentChair.name)}, agreed ${esc(level.independentChair.agreedOn)} by ${esc(level.independentChair.agreedBy.join(', '))}`,
        ]
      : []),
  ].join('<br>');
  return (
    `<tr class="${level.reached ? 'reached' : 'not-reached'}"><td>${level.level}. ${esc(level.name)}</td><td>${esc(level.whoActs)}</td>` +
    `<td>${level.reached ? `${esc(level.reachedOn ?? '')}<br><small>recorded ${esc(level.recordedAt ?? '')}</small>` : 'not reached'}</td>` +
    `<td>${level.reached ? `${esc(level.reachedBy ?? '')}${level.requestedBy ? ` at the request of ${esc(level.requestedBy)}` : ''}${level.actor ? `<br><small>recorded by ${esc(level.actor.name)}</small>` : ''}` : ''}</td>` +
    `<td>${esc(level.reason ?? '')}</td><td>${level.leftOn ? `${esc(level.leftOn)} (${esc(level.outcome ?? '')})` : ''}</td><td>${people}</td></tr>`
  );
}

function renderPath(path: Pick<EscalationPath, 'levels'>): string {
  const rows = path.levels.map((l) => `<tr><td>${l.level}</td><td>${esc(l.name)}</td><td>${esc(l.whoActs)}</td></tr>`).join('');
  return `<section><h2>Escalation path</h2><table><thead><tr><th>Level</th><th>Name</th><th>Who acts</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** A term in words, its dates as the paper gives them. */
function termText(term: NonNullable<ReturnType<typeof termInEffect>>): string {
  return [
    `in force ${term.inForceRule === 'all-partners-signed' ? 'when every partner has signed' : 'by an explicit decision'}`,
    term.effectiveFrom ? `from ${describeDate(term.effectiveFrom)}` : null,
    term.durationMonths ? `for ${term.durationMonths} months` : null,
    term.expiresOn ? `expiring ${describeDate(term.expiresOn)}` : null,
    term.refreshDueBy ? `to be refreshed by ${describeDate(term.refreshDueBy)}` : null,
    term.decisionReference ? `(decision ${term.decisionReference})` : null,
  ]
    .filter((part) => part !== null)
    .join(', ');
}

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1d2327;max-width:72rem;margin:0 auto;padding:1.5rem}
header{border-bottom:3px solid #005eb8;margin-bottom:1rem}.kicker{text-transform:uppercase;letter-spacing:.08em;color:#005eb8;margin:0}
h1{margin:.2rem 0 .6rem}h2{border-bottom:1px solid #ccd;padding-bottom:.2rem;margin-top:2rem}h3{margin-top:1.4rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:14px}th,td{border:1px solid #ccd;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#eef2f7}tr.not-signed td,tr.not-reached td{color:#6b7280}tr.not-signed td:nth-child(3){color:#b42318;font-weight:600}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}code.hash{word-break:break-all}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
ins{background:#d1fadf;text-decoration:none}del{background:#fee4e2}details{margin:.4rem 0}summary{cursor:pointer;font-weight:600}
.section h5{margin:.6rem 0 .2rem}.note{color:#475467;font-size:14px}.finding{color:#b42318;font-weight:600}
article{border-left:4px solid #005eb8;padding-left:1rem;margin:1.2rem 0}
@media print{details{display:block}summary{display:none}body{max-width:none}}
`;
