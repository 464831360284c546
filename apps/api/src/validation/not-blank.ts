import { Matches } from 'class-validator';

/** Holds some text, not only spaces (a reason the workflow will trim must survive it). */
export const NotBlank = () => Matches(/\S/, { message: '$property must not be blank' });
