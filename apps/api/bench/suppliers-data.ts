import type { Client } from 'pg';

/**
 * The supplier directory at volume, in set-based SQL (INSERT … SELECT generate_series) from a fixed
 * seed: names, descriptions and tags of a machine builder's suppliers, real CPV codes. Status,
 * reliability and certificates are drawn per row (a LATERAL subquery that names the row, `g`, is
 * evaluated per row; one that does not is evaluated once, which made all 50 000 suppliers PROSPECT
 * with 3 certificates). Distribution: 2 % BLOCKED, 18 % APPROVED, 30 % QUALIFIED, 50 % PROSPECT;
 * 40 % hold 1–3 certificates, and the approved and qualified ones more often than prospects.
 */
const GENERATE = `
WITH words AS (
  SELECT ARRAY['Nord','Süd','West','Ost','Rhein','Elb','Weser','Main','Donau','Alpen','Harz','Eifel','Ruhr','Spree','Isar','Neckar',
               'Baltic','Hansa','Saar','Mosel','Lahn','Inn','Oder','Havel','Ems','Leine','Fulda','Werra','Lech','Iller','Tauber','Jagst'] AS first,
         ARRAY['tec','werk','form','tronic','metall','hydraulik','antrieb','mechanik','technik','systeme','präzision','industrie',
               'logistik','service','fluid','motion','pumpen','lager','stahl','kabel','guss','blech','dreh','fräs','schweiß','lack',
               'elektro','automation','sensorik','robotik','montage','verpackung','chemie','kunststoff','glas','holz','textil',
               'druck','mess','kälte'] AS second,
         ARRAY['GmbH','AG','KG','GmbH & Co. KG','B.V.','s.r.o.','S.p.A.','SAS','A/S','AB','Ltd','Sp. z o.o.','NV','e.K.'] AS legal,
         ARRAY['DE','DE','DE','DE','AT','CH','NL','PL','CZ','IT','FR','DK','SE','BE','GB','ES'] AS countries,
         ARRAY['quick delivery','ISO 9001 certified','family-owned','24/7 service','own logistics','small batches','large series',
               'prototype building','just-in-time delivery','export to 40 countries','in-house testing laboratory','custom designs',
               'hydraulic repair service','framework agreements','kanban supply','consignment stock','EDI ordering','on-site service',
               'engineering support','spare parts for 20 years'] AS phrases,
         ARRAY['service','steel','logistics','Stahl','automation','CNC','welding','sensors','bearings','pumps','valves','coatings',
               'fasteners','cables','drives','motors','gears','seals','hoses','filters','castings','forgings','sheet metal','plastics',
               'electronics','software','calibration','packaging','lubricants','tools','Hydraulik','hydraulics','pneumatics','Pumpen',
               'Ventile','Wälzlager','Robotik','Sensorik','Spedition','Instandhaltung','Kalibrierung','Verpackung','Schmierstoffe',
               'Werkzeuge','Dichtungen','Schläuche','Filter','Guss','Schmiedeteile','Blech','Kunststoff','Elektronik','Antriebe',
               'Getriebe','Motoren','Kabel','Lacke','Verbindungselemente','Arbeitsschutz','Bürobedarf'] AS tag_words,
         ARRAY(SELECT code FROM cpv_code WHERE level >= 3 AND left(code, 2) IN ('42','44','31','14','09','35','50','60','79','48','38','43','34','39','30','18')) AS codes
), generated AS (
  SELECT g, w, x.r, c.n,
         ARRAY[w.codes[1 + floor(random() * cardinality(w.codes))::int], w.codes[1 + floor(random() * cardinality(w.codes))::int]] AS cpv
    FROM generate_series(1, $2::int) g, words w,
         LATERAL (SELECT random() + 0 * g AS r) x,
         -- Qualified and approved suppliers hold certificates more often (70 %) than prospects (25 %).
         LATERAL (SELECT CASE WHEN random() + 0 * g < CASE WHEN x.r < 0.50 THEN 0.7 ELSE 0.25 END
                              THEN 1 + floor(random() * 3)::int ELSE 0 END AS n) c
)
INSERT INTO supplier (organization_id, name, country, description, tags, cpv_codes, qualification_status, blocked_reason,
                      reliability_score, certificate_count, certificate_earliest_expiry)
SELECT $1,
       (w).first[1 + floor(random() * 32)::int] || (w).second[1 + floor(random() * 40)::int] || ' ' || (w).legal[1 + floor(random() * 14)::int] || ' ' || g,
       (w).countries[1 + floor(random() * 16)::int],
       'Supplier of ' || lower((SELECT label FROM cpv_code WHERE code = cpv[1]::char(10))) || '; ' || (w).phrases[1 + floor(random() * 20)::int]
         || '. Founded ' || (1900 + floor(random() * 120)::int) || ', ' || (10 + floor(random() * 900)::int) || ' employees.',
       -- Tags follow a long tail: the first words of the list are common, the last rare.
       ARRAY[(w).tag_words[1 + floor(60 * random() ^ 2)::int], (w).tag_words[1 + floor(60 * random() ^ 2)::int]],
       cpv,
       CASE WHEN r < 0.02 THEN 'BLOCKED' WHEN r < 0.20 THEN 'APPROVED' WHEN r < 0.50 THEN 'QUALIFIED' ELSE 'PROSPECT' END,
       CASE WHEN r < 0.02 THEN 'Failed audit' END,
       CASE WHEN random() < 0.6 THEN round((40 + random() * 60)::numeric, 2)::float8 END,
       n,
       CASE WHEN n > 0 THEN current_date + (floor(random() * 1100)::int - 200) END
  FROM generated`;

/**
 * The certificates behind each generated supplier's count: the first expires on the supplier's
 * earliest expiry, the others later, so certificate_count and certificate_earliest_expiry are what
 * the services would have derived from the certificate rows.
 */
const CERTIFICATES = `
INSERT INTO supplier_certificate (organization_id, supplier_id, name, issuer, number, valid_from, valid_until)
SELECT s.organization_id, s.id, (ARRAY['ISO 9001','ISO 14001','IATF 16949','ISO 45001','ISO 50001'])[i],
       'TÜV', 'C-' || left(s.id::text, 8) || '-' || i,
       s.certificate_earliest_expiry - 1095 + i * 30, s.certificate_earliest_expiry + (i - 1) * 200
  FROM supplier s, generate_series(1, s.certificate_count) i
 WHERE s.organization_id = $1 AND s.certificate_count > 0
   AND NOT EXISTS (SELECT 1 FROM supplier_certificate c WHERE c.supplier_id = s.id)`;

const PREFIXES = `
UPDATE supplier s SET category_prefixes = ARRAY(
  SELECT DISTINCT left(c.prefix, n) FROM cpv_code c, generate_series(2, length(c.prefix)) n WHERE c.code = ANY (s.cpv_codes::char(10)[]) ORDER BY 1)
 WHERE s.organization_id = $1 AND s.category_prefixes = '{}'`;

/** Adds `count` generated suppliers (with their certificates) to `organizationId`'s directory. */
export async function generateSuppliers(db: Client, organizationId: string, count: number): Promise<void> {
  if (count <= 0) return;
  await db.query(`SELECT setseed(0.42)`);
  await db.query(GENERATE, [organizationId, count]);
  await db.query(CERTIFICATES, [organizationId]);
  await db.query(PREFIXES, [organizationId]);
  await db.query(`VACUUM ANALYZE supplier`);
  // As autovacuum would: flushes the GIN pending lists, so the plans are those of a settled database.
  await db.query(`VACUUM ANALYZE supplier_search_word`);
  await db.query(`ANALYZE cpv_code`);
}
