import { applyDecorators } from '@nestjs/common';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * Edge checks for text fields: type and size only. Meaning (non-blank, formats such as
 * quarters) is the domain's job, so each rule lives in exactly one place.
 */
export const TextInput = (maxLength: number) => applyDecorators(IsString(), MaxLength(maxLength));
export const OptionalTextInput = (maxLength: number) =>
  applyDecorators(IsOptional(), IsString(), MaxLength(maxLength));

export const ID_MAX = 200;
export const TITLE_MAX = 500;
export const NARRATIVE_MAX = 10_000;
