import { describe, expect, it } from 'vitest';
import { DATA_DIR } from '../../src/config/index.js';
import { expandPaths, readImportFile } from '../../src/graph/index.js';

/**
 * The corrections of the December 2026 audit (../shared/reference/facts-2026-12.md), pinned on the data files:
 * each of these failed on the graph as it was shipped before, and the facts the audit added are there with their
 * sources.
 */
const files = expandPaths([DATA_DIR]).map((f) => readImportFile(f));
const nodes = new Map(files.flatMap((f) => f.nodes.map((n) => [n.record.id, n.record] as const)));
const rels = files.flatMap((f) => f.relationships.map((r) => r.record));
const node = (id: string) => {
  const n = nodes.get(id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
const rel = (from: string, type: string, to: string) => rels.find((r) => r.from === from && r.type === type && r.to === to);
const between = (from: string, to: string) => rels.filter((r) => r.from === from && r.to === to).map((r) => r.type);
const hasSource = (fact: { sources: readonly { url: string }[] }, url: string) => fact.sources.some((s) => s.url === url);

describe('the corrections of the December 2026 audit', () => {
  it('the BMDS does not succeed the BMDV: the BMDV was renamed to the transport ministry, the BMDS took over its digital departments', () => {
    expect(between('org-bmds', 'org-bmdv')).toEqual(['TOOK_OVER_TASKS_FROM']);
    expect(rel('org-bmds', 'TOOK_OVER_TASKS_FROM', 'org-bmdv')!.properties.component).toMatch(/Digitalabteilungen/);
    const bmv = node('org-bmdv');
    expect(bmv.name).toBe('Bundesministerium für Verkehr (BMV)');
    expect(bmv.aliases).toContain('BMDV');
    expect(bmv.description).not.toMatch(/Bis Mai 2025 bestehendes/);
  });

  it('the BundID does not depend on ELSTER: the ELSTER certificate is one of four logins', () => {
    expect(between('sys-bundid', 'sys-elster')).toEqual(['ACCEPTS_LOGIN_FROM']);
    expect(rel('sys-bundid', 'ACCEPTS_LOGIN_FROM', 'sys-elster')!.properties.nature).toMatch(/eine von vier Anmeldearten/);
  });

  it('the 45th session was on 13.11.2024 (official), the 14th kept as a noted variant', () => {
    expect(node('sitzung-45').fields.date).toBe('2024-11-13');
    expect(node('beschluss-2024-40').fields.date).toBe('2024-11-13');
    expect(node('dachstrategie').attributes.datum).toBe('2024-11-13');
    expect(hasSource(node('sitzung-45'), 'https://it-planungsrat.de/beschluss/beschluss-2024-56')).toBe(true);
    expect(node('sitzung-45').attributes.abweichende_angabe).toMatch(/2024-11-14 \(stadtvonmorgen\)/);
  });

  it('the Fahrzeugzulassung node no longer claims what no cited source says', () => {
    expect(node('leistung-fahrzeugzulassung').description).not.toMatch(/föderale Modernisierungsagenda/);
  });

  it('ELSTER is coordinated, not operated, by the BayLfSt', () => {
    expect(between('sys-elster', 'org-baylfst')).toEqual(['COORDINATED_BY']);
  });

  it('the June 2025 package spans the five Schwerpunktthemen (it is no programme of each), and its count is an open conflict', () => {
    expect(rels.filter((r) => r.type === 'HAS_PROGRAMME' && r.to === 'uv-paket-juni-2025')).toEqual([]);
    expect(rels.filter((r) => r.from === 'uv-paket-juni-2025' && r.type === 'SPANS')).toHaveLength(5);
    expect(node('uv-paket-juni-2025').confidence).toBe('contested');
    expect(node('uv-paket-juni-2025').note).toMatch(/29.*27/s);
  });

  it('the Postfach programme is not part of the Umsetzungsvorhaben component (both sources keep it apart)', () => {
    expect(rel('umsetzungsvorhaben-komponente', 'HAS_PART', 'prog-postfach-kommunikationsinfrastruktur')).toBeUndefined();
    expect(rel('foederale-digitalstrategie', 'HAS_PART', 'prog-postfach-kommunikationsinfrastruktur')?.confidence).toBe('inferred');
  });

  it('Mecklenburg-Vorpommern in the Steuerungsgruppe NOOTS is contested; the members the FITKO names are there', () => {
    expect(rel('land-mv', 'MEMBER_OF', 'org-steuerungsgruppe-noots')?.confidence).toBe('contested');
    for (const member of ['org-bund', 'land-bayern', 'land-hessen', 'land-nordrhein-westfalen', 'land-brandenburg', 'land-hamburg', 'land-saarland']) {
      expect(rel(member, 'MEMBER_OF', 'org-steuerungsgruppe-noots')?.confidence, member).toBe('stated');
    }
  });

  it('the BundID links resting on the weak Nürnberg source alone are downgraded; Fahrzeugzulassung has a second source', () => {
    expect(rel('sys-bundid', 'SUPPORTS', 'leistung-fuehrerschein')?.confidence).toBe('inferred');
    expect(rel('sys-bundid', 'SUPPORTS', 'leistung-wohnsitzanmeldung')?.confidence).toBe('inferred');
    expect(rel('sys-bundid', 'SUPPORTS', 'leistung-fahrzeugzulassung')!.sources.length).toBe(2);
  });

  it('the thematic placeholders are Themenfelder, not projects', () => {
    const themes = [...nodes.values()].filter((n) => n.name.startsWith('Themenfeld:'));
    expect(themes).toHaveLength(8);
    for (const t of themes) expect(t.kind, t.id).toBe('Theme');
    expect([...nodes.values()].filter((n) => n.kind === 'Project').map((n) => n.id).sort()).toEqual([
      'deutschland-architektur',
      'oefit-vorstudie-generative-ki',
      'uv-ausbau-datenschnittstellen',
      'uv-ki-plattform-machbarkeitsstudie',
      'uv-vereinfachung-antragstellung-fuehrerschein',
      'zapuk',
      'zapuk-phase2',
    ]);
  });

  it('still says that the list of the 29 Vorhaben is not public', () => {
    expect(node('uv-paket-juni-2025').description).toMatch(/Einzelliste mit Namen, Federführung und Budget wurde NICHT gefunden/);
  });
});

describe('the facts the December 2026 audit added', () => {
  it('Themenpaten of three Schwerpunktthemen, with their Länder', () => {
    for (const [person, area, land] of [
      ['p-schloemer', 'st-digitale-transformation', 'land-sachsen-anhalt'],
      ['p-sauer', 'st-digitale-infrastruktur', 'land-hessen'],
      ['p-hagen', 'st-digitale-anwendungen', 'land-bremen'],
    ] as const) {
      expect(rel(person, 'PATRON_OF', area), person).toBeDefined();
      expect(rel(person, 'REPRESENTS', land), person).toBeDefined();
    }
  });

  it('i-Kfz depends on Mein Unternehmenskonto and the BundID; the Unternehmenskonto supports Fahrzeugzulassung', () => {
    expect(rel('sys-ikfz', 'DEPENDS_ON', 'sys-muk')?.confidence).toBe('stated');
    expect(rel('sys-ikfz', 'DEPENDS_ON', 'sys-bundid')?.confidence).toBe('stated');
    expect(rel('sys-muk', 'SUPPORTS', 'leistung-fahrzeugzulassung')?.confidence).toBe('stated');
    expect(rel('sys-muk', 'HAS_LEGAL_BASIS', 'verordnung-organisationskonto')).toBeDefined();
  });

  it('the Deutschland-Stack (B-2026/03) with its five Basisdienste and the Bund financing four products (B-2026/18)', () => {
    const base = rels.filter((r) => r.from === 'deutschland-stack' && r.type === 'HAS_BASE_SERVICE');
    expect(base.map((r) => r.to).sort()).toEqual(['sys-eid', 'sys-eudi-wallet', 'sys-fit-connect', 'sys-noots', 'sys-zbds', 'zapuk']);
    expect(new Set(base.map((r) => r.properties.role))).toEqual(
      new Set(['Basisdienst Identität und Vertrauen', 'Basisdienst Datenaustausch', 'Basisdienst Datenabruf', 'Basisdienst Zahlungsabwicklung', 'Basisdienst Postfach']),
    );
    expect(rels.filter((r) => r.type === 'FUNDED_BY' && r.to === 'org-bund').map((r) => r.from).sort()).toEqual(['sys-eid', 'sys-eudi-wallet', 'sys-fit-connect', 'sys-noots']);
    expect(rel('sitzung-49', 'ADOPTED', 'beschluss-2026-03')).toBeDefined();
    expect(rel('sitzung-50', 'ADOPTED', 'beschluss-2026-18')).toBeDefined();
    expect(rel('sitzung-50', 'ADOPTED', 'beschluss-2026-19')).toBeDefined();
    // Read from a transcription: every fact from it says so.
    for (const r of base) expect(r.note, r.to).toMatch(/Transkription/);
  });

  it('the NOOTS-Staatsvertrag milestones and the first ratifications', () => {
    const treaty = node('noots-staatsvertrag');
    expect(treaty.attributes).toMatchObject({ beschlossen_mpk: '2024-12-11', zustimmung_bundestag: '2025-10-16', bundesrat_keine_einwaende: '2025-07-11' });
    expect(rels.filter((r) => r.type === 'RATIFIED' && r.to === 'noots-staatsvertrag').map((r) => r.from).sort()).toEqual([
      'land-baden-wuerttemberg',
      'land-berlin',
      'land-hamburg',
      'land-sachsen-anhalt',
    ]);
  });

  it('the origins of the Registermodernisierung (Beschlüsse 2021/25 and 2022/06) and its first leads', () => {
    expect(rel('beschluss-2021-25', 'APPROVES', 'prog-registermodernisierung')).toBeDefined();
    expect(rel('beschluss-2022-06', 'APPROVES', 'prog-registermodernisierung')).toBeDefined();
    expect(rels.filter((r) => r.from === 'prog-registermodernisierung' && r.type === 'LED_BY').map((r) => r.to).sort()).toEqual([
      'land-baden-wuerttemberg',
      'land-bayern',
      'land-hamburg',
      'land-nordrhein-westfalen',
      'org-bund',
    ]);
  });

  it('the 2026 chair: the Bund under Luise Hölscher; the Deutschland-Architektur as a Vorhaben of the strategy', () => {
    expect(rel('p-hoelscher', 'CHAIRS', 'org-it-planungsrat')?.properties.since).toBe('2026');
    expect(rel('org-bund', 'CHAIRS', 'org-it-planungsrat')?.properties.since).toBe('2026');
    expect(rel('foederale-digitalstrategie', 'HAS_PART', 'deutschland-architektur')?.confidence).toBe('stated');
    expect(rel('klausur-2025-05', 'DISCUSSED', 'deutschland-architektur')).toBeDefined();
  });

  it('the 17 Ziele of four Zielbilder as nodes, and whatever advances a Ziel contributes to its Zielbild', () => {
    const goals = rels.filter((r) => r.type === 'HAS_GOAL');
    expect(goals).toHaveLength(17);
    const count = (tv: string) => goals.filter((r) => r.from === tv).length;
    expect([count('zb-digitale-transformation'), count('zb-digitale-infrastruktur'), count('zb-digitale-anwendungen'), count('zb-datennutzung'), count('zb-informationssicherheit')]).toEqual([3, 5, 5, 4, 0]);
    const zielbild = new Map(goals.map((r) => [r.to, r.from]));
    for (const r of rels.filter((x) => x.type === 'ADVANCES')) {
      const contribution = rel(r.from, 'CONTRIBUTES_TO', zielbild.get(r.to)!);
      expect(contribution, `${r.from} ADVANCES ${r.to}`).toBeDefined();
      // A stated contribution to a goal is a stated contribution to its Zielbild.
      if (r.confidence === 'stated') expect(contribution!.confidence, `${r.from} → ${zielbild.get(r.to)}`).toBe('stated');
    }
  });

  it('explains every inferred or contested fact in a note, and cites a source for every fact', () => {
    for (const f of [...nodes.values(), ...rels]) {
      expect(f.sources.length).toBeGreaterThan(0);
      if (f.confidence !== 'stated') expect(f.note?.length ?? 0, JSON.stringify(f).slice(0, 120)).toBeGreaterThan(20);
    }
  });
});

describe('valid periods in the data, each resting on a source the fact cites', () => {
  const EGOV_MV = 'https://www.egovernment.de/mv-digitalisierung-kuenftig-im-finanzministerium-a-4f680df7860e5d915ba76c707acac0e3/?cflt=rdt';
  const FITKO_CHAIR = 'https://www.fitko.de/aktuelles/details/personeller-wechsel-im-it-planungsrat-vorsitz';
  const period = (f: { validFrom?: string; validTo?: string } | undefined) => [f?.validFrom, f?.validTo];

  it('the IT-PLR chairs by year, and the change from Ulbrich to Geue on the cabinet decision of 22.07.2025 (our reading, said so)', () => {
    expect(period(rel('p-richter', 'CHAIRS', 'org-it-planungsrat'))).toEqual(['2024-01-01', '2025-01-01']);
    expect(period(rel('land-mv', 'CHAIRS', 'org-it-planungsrat'))).toEqual(['2025-01-01', '2026-01-01']);
    for (const [who, bounds] of [['p-ulbrich', ['2025-01-01', '2025-07-22']], ['p-geue', ['2025-07-22', '2026-01-01']]] as const) {
      const chair = rel(who, 'CHAIRS', 'org-it-planungsrat')!;
      expect(period(chair)).toEqual(bounds);
      expect(hasSource(chair, FITKO_CHAIR) && hasSource(chair, EGOV_MV)).toBe(true);
      expect(chair.note).toMatch(/unsere Lesart/);
    }
    expect(period(rel('p-hoelscher', 'CHAIRS', 'org-it-planungsrat'))).toEqual(['2026-01-01', '2027-01-01']);
    expect(period(rel('org-bund', 'CHAIRS', 'org-it-planungsrat'))).toEqual(['2026-01-01', '2027-01-01']);
  });

  it('the BMDS exists from its founding decree of 06.05.2025; no relationship of it begins earlier', () => {
    expect(period(node('org-bmds'))).toEqual(['2025-05-06', undefined]);
    for (const r of rels.filter((x) => x.from === 'org-bmds' || x.to === 'org-bmds')) {
      if (r.validFrom !== undefined) expect(r.validFrom >= '2025-05-06').toBe(true);
    }
  });

  it('the Steuerungsgruppe NOOTS exists from its constitution on 11.07.2025 (Sachsen-Anhalt page), no relationship of it begins earlier', () => {
    const sg = node('org-steuerungsgruppe-noots');
    expect(period(sg)).toEqual(['2025-07-11', undefined]);
    expect(sg.description).toMatch(/Am 11\.07\.2025 konstituiert/);
    expect(hasSource(sg, 'https://registermodernisierung.sachsen-anhalt.de/news-detail/meilenstein-start-der-operativen-umsetzungsphase')).toBe(true);
    expect(sg.note).toMatch(/Sachsen-Anhalt.*11\.07\.2025/s);
    const its = rels.filter((x) => x.from === 'org-steuerungsgruppe-noots' || x.to === 'org-steuerungsgruppe-noots');
    expect(its.length).toBeGreaterThan(0);
    for (const r of its) if (r.validFrom !== undefined) expect(r.validFrom >= '2025-07-11').toBe(true);
  });

  it('relationships whose source gives the day they began hold from that day (the free-text since stays as published)', () => {
    const RM = 'https://www.it-planungsrat.de/beschluss/beschluss-2021-25';
    for (const lead of ['land-bayern', 'land-baden-wuerttemberg', 'land-hamburg', 'land-nordrhein-westfalen', 'org-bund']) {
      const r = rel('prog-registermodernisierung', 'LED_BY', lead)!;
      expect(period(r)).toEqual(['2021-06-23', undefined]);
      expect(r.properties.since).toBe('2021-06-23');
      expect(hasSource(r, RM)).toBe(true);
      expect(r.note).toMatch(/Beschluss 2021\/25/);
    }
    const cases = [
      ['sys-muk', 'COMMISSIONED_BY', 'org-it-planungsrat', '2020-02-14', 'https://www.governikus.de/loesungen/it-planungsrat/mein-uk/'],
      ['sys-mein-justizpostfach', 'DEPENDS_ON', 'sys-bundid', '2023-10-12', 'https://pressebox.com/pressrelease/governikus-gmbh-co-kg-bremen/pilotbetrieb-fuer-mein-justizpostfach-mjp-gestartet/boxid/1176251'],
      ['land-sachsen-anhalt', 'RATIFIED', 'noots-staatsvertrag', '2025-10-27', 'https://www.kommunales-sachsen-anhalt.de/St%C3%A4dte-und-Gemeindebund/Verbandsinformationen/Aktuelles/index.php?La=1&NavID=39.68&object=tx%7C2348.6513.1'],
      ['sys-maki', 'PRODUCT_OF', 'org-it-planungsrat', '2027-01-01', 'https://www.regierung-mv.de/Aktuell/?id=216104&processor=processor.sa.pressemitteilung'],
    ] as const;
    for (const [from, type, to, day, url] of cases) {
      const r = rel(from, type, to)!;
      expect(period(r)).toEqual([day, undefined]);
      expect(r.properties.since).toBe(day);
      expect(hasSource(r, url)).toBe(true);
      expect(r.note).toMatch(/^Gültigkeit ab/);
    }
    // the other Länder's ratifications: their source names no day, so no bound
    for (const land of ['land-hamburg', 'land-berlin', 'land-baden-wuerttemberg']) expect(period(rel(land, 'RATIFIED', 'noots-staatsvertrag'))).toEqual([undefined, undefined]);
  });

  it('no Project is bounded by its run (startDate/endDate say that; a finished project stays part of the graph)', () => {
    expect([...nodes.values()].filter((n) => n.kind === 'Project' && (n.validFrom !== undefined || n.validTo !== undefined))).toEqual([]);
  });
});
