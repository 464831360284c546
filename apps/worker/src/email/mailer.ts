import nodemailer, { Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Stable per notification, so a receiving server can recognise a duplicate. */
  messageId: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

/** nodemailer over SMTP; `undefined` when SMTP is not configured (notifications are only stored). */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer | undefined {
  if (!smtpUrl) return undefined;
  const transport: Transporter = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, messageId: mail.messageId });
    },
  };
}
