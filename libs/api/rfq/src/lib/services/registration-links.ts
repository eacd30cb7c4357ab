import type { EntityManager } from 'typeorm';
import { Rfq } from '../entities/rfq.entity';

/*
 * The unused registration links of an RFQ follow its terms, in the transaction that changes them
 * (the mails about the change go after it commits, from the RFQ's mail handlers).
 */

/** Unused registration links last until the RFQ's new closing time. */
export async function extendRegistrationLinks(em: EntityManager, rfq: Rfq): Promise<void> {
  await em.query(`UPDATE supplier_portal_token t SET expires_at = $2 FROM rfq_invitation i WHERE t.invitation_id = i.id AND i.rfq_id = $1 AND t.used_at IS NULL`, [
    rfq.id,
    rfq.closesAt,
  ]);
}

/** A registration link for a cancelled RFQ would only create an account with nothing to quote: they expire `now`. */
export async function expireRegistrationLinks(em: EntityManager, rfq: Rfq, now: Date): Promise<void> {
  await em.query(
    `UPDATE supplier_portal_token t SET expires_at = $2 FROM rfq_invitation i WHERE t.invitation_id = i.id AND i.rfq_id = $1 AND t.used_at IS NULL AND t.expires_at > $2`,
    [rfq.id, now],
  );
}
