import type { LeaveQuestionRequest } from '../../core/api/chat.js';
import type { LeaveForm } from './handoff-view.js';

/** The "leave a question" form outside opening hours: its empty state and its checks. */

export const emptyLeave = (): LeaveForm => ({ question: '', name: '', email: '', phone: '', consent: false, errors: {} });

/** The problems with the form (i18n keys per field); empty when it can be sent. */
export function leaveErrors(f: LeaveForm): LeaveForm['errors'] {
  const errors: LeaveForm['errors'] = {};
  if (!f.question.trim()) errors.question = 'leave.errors.question';
  if (!f.email.trim() && !f.phone.trim()) errors.contact = 'leave.errors.contact';
  if (f.email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email.trim())) errors.email = 'leave.errors.email';
  if (f.phone.trim() && !/^\+?[\d -]{6,20}$/.test(f.phone.trim())) errors.phone = 'leave.errors.phone';
  if (!f.consent) errors.consent = 'leave.errors.consent';
  return errors;
}

/** What is sent for a valid form: trimmed, leaving out the contact fields not filled in. */
export function leaveRequest(f: LeaveForm, organisation: string, lang: string): LeaveQuestionRequest {
  return {
    organisation,
    lang,
    question: f.question.trim(),
    ...(f.name.trim() ? { name: f.name.trim() } : {}),
    ...(f.email.trim() ? { email: f.email.trim() } : {}),
    ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
    consent: true,
  };
}
