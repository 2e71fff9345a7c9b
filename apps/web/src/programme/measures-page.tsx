import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Schemas } from '../api/client';
import { useSession } from '../auth/session';
import { NOW } from '../compacts/as-of';
import { useCompact } from '../compacts/queries';
import { saveCsv } from '../export/download';
import { CommandForm } from '../forms/command-form';
import { formatDay, plural, today } from '../format';
import { useAddressChoices } from '../layout/filters';
import { Loaded, usePageTitle } from '../layout/page';
import { useMeasures, useQuarterlyReport } from './queries';

type Measure = Schemas['MeasureViewDto'];

const DIRECTION: Record<NonNullable<Measure['direction']>, string> = { 'higher-is-better': 'higher is better', 'lower-is-better': 'lower is better' };
const TREND: Record<NonNullable<Schemas['QuarterlyReportRowDto']['trend']>, string> = {
  improving: 'improving',
  worsening: 'worsening',
  unchanged: 'unchanged',
};

const number = (value: number | null, unit = '') => (value === null ? '—' : `${value.toLocaleString('en-GB')}${unit ? ` ${unit}` : ''}`);

/** Every quarter any measure has a value for, newest first ("2017-18-Q2"). */
const quartersOf = (measures: readonly Measure[]) => [...new Set(measures.flatMap((m) => m.values.map((v) => v.quarter)))].sort().reverse();

/** The common quarterly report's CSV, as the API writes it (GET …/measures/report?format=csv), offered as a file. */
function CsvDownload({ compactId, quarter }: { compactId: string; quarter: string }) {
  const { api } = useSession();
  const [problem, setProblem] = useState<string | null>(null);
  async function download() {
    setProblem(null);
    const result = await api.GET('/compacts/{id}/measures/report', { params: { path: { id: compactId }, query: { quarter, format: 'csv' } }, parseAs: 'text' });
    if (!result.response.ok || typeof result.data !== 'string') {
      setProblem(`Not downloaded: ${result.response.status} ${result.response.statusText}`);
      return;
    }
    saveCsv(`quarterly-report-${quarter}.csv`, result.data);
  }
  return (
    <p className="no-print">
      <button type="button" className="secondary" onClick={download}>
        Download the report for {quarter} (CSV)
      </button>
      {problem && (
        <span className="field-error" role="alert">
          {problem}
        </span>
      )}
    </p>
  );
}

function Report({ compactId, quarter }: { compactId: string; quarter: string }) {
  const report = useQuarterlyReport(compactId, quarter);
  return (
    <Loaded query={report} what="the quarterly report">
      {(r) => (
        <>
          <table className="data quarterly-report">
            <caption>The common quarterly report for partner boards, {r.quarter}</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">{r.quarter}</th>
                <th scope="col">Quarter before</th>
                <th scope="col">Change</th>
                <th scope="col">A year before</th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => (
                <tr key={row.measureId} data-measure={row.measureId}>
                  <th scope="row">
                    {row.name}
                    <div className="small">{row.direction ? DIRECTION[row.direction] : 'no direction set'}</div>
                  </th>
                  <td>
                    {number(row.value, row.unit)}
                    {row.corrected && <div className="small">corrected</div>}
                    {row.note && <div className="small">{row.note}</div>}
                  </td>
                  <td>
                    {number(row.previousValue, row.unit)} <span className="small">({row.previousQuarter})</span>
                  </td>
                  <td>
                    {number(row.change)}
                    {row.trend && <div className="small">{TREND[row.trend]}</div>}
                  </td>
                  <td>
                    {number(row.yearBeforeValue, row.unit)} <span className="small">({row.yearBefore})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <CsvDownload compactId={compactId} quarter={r.quarter} />
        </>
      )}
    </Loaded>
  );
}

/**
 * A compact's measures of success, each with its quarterly values (and their corrections), and
 * the common quarterly report for partner boards for a chosen quarter, as a table and as the
 * API's CSV. The secretariat defines measures and records a quarter's value.
 */
export function MeasuresPage() {
  const { id = '' } = useParams();
  const { api, may } = useSession();
  const choices = useAddressChoices();
  const compact = useCompact(id, NOW);
  const measures = useMeasures(id);
  usePageTitle(`Measures${compact.data ? `: ${compact.data.covers}` : ''}`);
  return (
    <article className="measures">
      <p className="breadcrumb no-print">
        <Link to="/compacts">Compacts</Link> › <Link to={`/compacts/${id}`}>{compact.data?.title ?? 'The compact'}</Link>
      </p>
      <h1>Measures of success{compact.data ? `: ${compact.data.covers}` : ''}</h1>
      <Loaded query={measures} what="the measures">
        {(m) => {
          const quarters = quartersOf(m.measures);
          const quarter = choices.get('quarter') ?? quarters[0] ?? null;
          return (
            <>
              {m.measures.length === 0 ? (
                <p>No measures defined.</p>
              ) : (
                m.measures.map((measure) => (
                  <section key={measure.measureId} className="measure" aria-labelledby={`measure-${measure.measureId}`} data-measure={measure.measureId}>
                    <h2 id={`measure-${measure.measureId}`}>{measure.name}</h2>
                    <p>
                      {measure.description}{' '}
                      <span className="small">
                        ({measure.unit}; {measure.direction ? DIRECTION[measure.direction] : 'no direction set'}; defined {formatDay(measure.definedOn)})
                      </span>
                    </p>
                    {measure.values.length === 0 ? (
                      <p>No values recorded.</p>
                    ) : (
                      <table className="data measure-values">
                        <caption>{plural(measure.values.length, 'quarter')} recorded</caption>
                        <thead>
                          <tr>
                            <th scope="col">Quarter</th>
                            <th scope="col">Value</th>
                            <th scope="col">Recorded</th>
                          </tr>
                        </thead>
                        <tbody>
                          {measure.values.map((v) => (
                            <tr key={v.quarter}>
                              <th scope="row">{v.quarter}</th>
                              <td>
                                {number(v.value, measure.unit)}
                                {v.note && <div className="small">{v.note}</div>}
                                {v.corrections.map((c, i) => (
                                  <div key={i} className="small">
                                    Corrected {formatDay(c.correctedOn)} from {number(c.previousValue)} to {number(c.value)}: {c.reason}
                                  </div>
                                ))}
                              </td>
                              <td>{formatDay(v.recordedOn)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    )}
                  </section>
                ))
              )}
              <section aria-labelledby="report-h">
                <h2 id="report-h">The common quarterly report</h2>
                {quarters.length === 0 ? (
                  <p>No quarter has a value yet.</p>
                ) : (
                  <>
                    <form className="filters" role="search" aria-label="The report for a quarter" onSubmit={(e) => e.preventDefault()}>
                      <div className="field">
                        <label htmlFor="report-quarter">Quarter</label>
                        <select id="report-quarter" value={quarter ?? ''} onChange={(e) => choices.set('quarter', e.target.value)}>
                          {quarters.map((q) => (
                            <option key={q}>{q}</option>
                          ))}
                        </select>
                      </div>
                    </form>
                    {quarter && <Report compactId={id} quarter={quarter} />}
                  </>
                )}
              </section>
              {may('programme.record') && (
                <section aria-labelledby="record-h" className="no-print">
                  <h2 id="record-h">Record</h2>
                  <div className="forms">
                    <CommandForm
                      title="Define a measure"
                      submitLabel="Define the measure"
                      fields={[
                        { name: 'measureId', label: 'Measure id', required: true, hint: 'Lower-case words joined by hyphens: unplanned-admissions' },
                        { name: 'name', label: 'Name', required: true },
                        { name: 'description', label: 'What it measures', kind: 'textarea', required: true },
                        { name: 'unit', label: 'Unit', required: true },
                        {
                          name: 'direction',
                          label: 'Which way is better',
                          kind: 'select',
                          options: [{ value: '', label: 'Not said' }, ...Object.entries(DIRECTION).map(([value, label]) => ({ value, label }))],
                        },
                        { name: 'definedOn', label: 'Defined on', kind: 'date', required: true, initial: today() },
                      ]}
                      ruleFields={{
                        'measure-id-repeated': 'measureId',
                        'measure-id-required': 'measureId',
                        'measure-name-required': 'name',
                        'measure-description-required': 'description',
                        'measure-unit-required': 'unit',
                        'measure-direction-unknown': 'direction',
                        'invalid-date': 'definedOn',
                      }}
                      send={(v) =>
                        api.POST('/compacts/{id}/measures', {
                          params: { path: { id } },
                          body: {
                            measureId: v.text('measureId'),
                            name: v.text('name'),
                            description: v.text('description'),
                            unit: v.text('unit'),
                            direction: v.optional('direction') === null ? null : v.choice('direction', DIRECTION),
                            definedOn: v.text('definedOn'),
                          },
                        })
                      }
                    />
                    {m.measures.length > 0 && (
                      <CommandForm
                        title="Record a quarter’s value"
                        submitLabel="Record the value"
                        fields={[
                          {
                            name: 'measureId',
                            label: 'Measure',
                            kind: 'select',
                            options: m.measures.map((x) => ({ value: x.measureId, label: x.name })),
                            required: true,
                          },
                          { name: 'quarter', label: 'Quarter', required: true, hint: 'The financial year and quarter: 2017-18-Q2' },
                          { name: 'value', label: 'Value', kind: 'number', required: true },
                          { name: 'note', label: 'Note', kind: 'textarea' },
                          { name: 'recordedOn', label: 'Recorded on', kind: 'date', required: true, initial: today() },
                        ]}
                        ruleFields={{
                          'measure-not-found': 'measureId',
                          'measure-value-already-recorded': 'quarter',
                          'quarter-invalid': 'quarter',
                          'quarter-not-ended': 'quarter',
                          'measure-value-invalid': 'value',
                          'invalid-date': 'recordedOn',
                        }}
                        send={(v) =>
                          api.POST('/compacts/{id}/measures/{measureId}/values', {
                            params: { path: { id, measureId: v.text('measureId') } },
                            body: { quarter: v.text('quarter'), value: v.decimal('value'), note: v.optional('note'), recordedOn: v.text('recordedOn') },
                          })
                        }
                      />
                    )}
                    {m.measures.some((x) => x.values.length > 0) && (
                      <CommandForm
                        title="Correct a quarter’s value"
                        description={
                          <p>A value recorded in error is corrected by a new record, with the reason; the value first recorded stays in the record.</p>
                        }
                        submitLabel="Record the correction"
                        fields={[
                          {
                            name: 'measureId',
                            label: 'Measure',
                            kind: 'select',
                            options: m.measures.filter((x) => x.values.length > 0).map((x) => ({ value: x.measureId, label: x.name })),
                            required: true,
                          },
                          { name: 'quarter', label: 'Quarter', required: true, hint: 'A quarter whose value is recorded: 2017-18-Q2' },
                          { name: 'value', label: 'Corrected value', kind: 'number', required: true },
                          { name: 'reason', label: 'Reason', kind: 'textarea', required: true },
                          { name: 'correctedOn', label: 'Corrected on', kind: 'date', required: true, initial: today() },
                        ]}
                        ruleFields={{
                          'measure-not-found': 'measureId',
                          'measure-value-not-recorded': 'quarter',
                          'quarter-invalid': 'quarter',
                          'measure-value-invalid': 'value',
                          'correction-changes-nothing': 'value',
                          'correction-reason-required': 'reason',
                          'invalid-date': 'correctedOn',
                        }}
                        send={(v) =>
                          api.POST('/compacts/{id}/measures/{measureId}/values/{quarter}/corrections', {
                            params: { path: { id, measureId: v.text('measureId'), quarter: v.text('quarter') } },
                            body: { value: v.decimal('value'), reason: v.text('reason'), correctedOn: v.text('correctedOn') },
                          })
                        }
                      />
                    )}
                  </div>
                </section>
              )}
            </>
          );
        }}
      </Loaded>
    </article>
  );
}
