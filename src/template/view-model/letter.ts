/** The view model of the memo (บันทึกข้อความ) and the external or circular letter (หนังสือภายนอก / หนังสือเวียน). */
import { formatThaiDate } from '../../thai/dates.js';
import { commonModel, letterFields, type ModelSource } from './common.js';
import { totalModel } from './results.js';

/** Everything templates/memo.hbs and templates/letter.hbs print. */
export function letterModel(source: ModelSource) {
  const { input } = source;
  const agency = input.agency;
  const letter = input.letter!;
  return {
    ...commonModel(source),
    ...totalModel(source),
    letter: {
      ...letterFields(input)!,
      number: letter.number,
      date: formatThaiDate(letter.date, 'arabic'),
      subject: letter.subject,
      to: letter.to,
      urgency: letter.urgency,
      references: letter.references ?? [],
      enclosures: (letter.enclosures ?? []).map((e, k) => ({ number: k + 1, title: e.title, quantity: e.quantity })),
      // Without a body or closing of its own, the templates write the default ones (partials/letter-body.hbs).
      body: letter.body ?? [],
      closing: letter.closing,
      contact: {
        unit: letter.contact?.unit ?? (agency.owningUnit ? [agency.owningUnit] : []),
        phone: letter.contact?.phone ?? agency.phone,
        fax: letter.contact?.fax ?? agency.fax,
        email: letter.contact?.email ?? letter.replyEmail ?? agency.email,
      },
      /** The memo's ส่วนราชการ line: the owning unit (or the agency) and its phone. */
      unit: agency.owningUnit ?? agency.name,
      phone: agency.phone,
    },
  };
}
