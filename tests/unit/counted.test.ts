import { expect, it } from 'vitest';
import { counted } from '../../scripts/counted';

it('says one thing in the singular, any other count in the plural', () => {
  expect(counted(1, 'talk')).toBe('1 talk');
  expect(counted(0, 'talk')).toBe('0 talks');
  expect(counted(2, 'link')).toBe('2 links');
  expect(counted(1, 'entry', 'entries')).toBe('1 entry');
  expect(counted(12_000, 'entry', 'entries')).toBe('12,000 entries');
});
