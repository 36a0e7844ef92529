import { applyDecorators } from '@nestjs/common';
import { IsOptional, IsString, MaxLength, ValidateBy } from 'class-validator';
import { textProblem } from '@saferplan/domain';

/**
 * Valid Unicode without control characters (the domain's one text rule), checked at the edge
 * for every text field, ids and commandId included, so nothing a store cannot keep (PostgreSQL
 * refuses NUL and half characters) reaches it, and every store answers the same input alike.
 */
export const PlainText = () =>
  ValidateBy({
    name: 'plainText',
    validator: {
      validate: (value: unknown, args) => typeof value !== 'string' || textProblem(value, args?.property ?? 'text') === null,
      defaultMessage: (args) => textProblem(String(args?.value ?? ''), args?.property ?? 'text') ?? `${args?.property} is not valid text`,
    },
  });

/**
 * Edge checks for text fields: type, size and plain text only. Meaning (non-blank, formats such
 * as quarters) is the domain's job, so each rule lives in exactly one place.
 */
export const TextInput = (maxLength: number) => applyDecorators(IsString(), MaxLength(maxLength), PlainText());
export const OptionalTextInput = (maxLength: number) =>
  applyDecorators(IsOptional(), IsString(), MaxLength(maxLength), PlainText());

export const ID_MAX = 200;
export const TITLE_MAX = 500;
export const NARRATIVE_MAX = 10_000;
