import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exchange rates of a closed RFQ (issue 5, comparison): the buyer enters, per quote currency, the
 * value of 1 unit of it in the RFQ's (the case's) currency. The comparison converts with these and
 * shows them; one rate per RFQ and currency, replaced when entered again (the audit trail keeps
 * every change).
 */
export class RfqExchangeRates1764600000000 implements MigrationInterface {
  name = 'RfqExchangeRates1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rfq_exchange_rate (
        rfq_id uuid NOT NULL REFERENCES rfq(id),
        currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        rate numeric(18, 8) NOT NULL CHECK (rate > 0),
        set_by uuid NOT NULL REFERENCES app_user(id),
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (rfq_id, currency)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rfq_exchange_rate`);
  }
}
