import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { SpeakerIdSchema } from '../../src/catalog/catalog-schema';
import { foldText, speakerIdOf } from '../../src/text/fold-text';

describe('foldText', () => {
  it.each([
    ['Björn', 'bjorn'],
    ['Ångström', 'angstrom'],
    ['Dvořák', 'dvorak'],
    ['François', 'francois'],
    ['Łukasz', 'lukasz'],
    ['Søren', 'soren'],
    ['Straße', 'strasse'],
    ['ẞ', 'ss'],
    ['Kırmızı', 'kirmizi'],
    ['İstanbul', 'istanbul'],
    ['ıstanbul', 'istanbul'],
    ['ISTANBUL', 'istanbul'],
    ['Ægir', 'aegir'],
    ['Œuvre', 'oeuvre'],
    ['Đorđe', 'dorde'],
    ['Þór', 'thor'],
    ['Ħal', 'hal'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('folds full-width Latin letters and digits to plain ones', () => {
    expect(foldText('ＰＲＯＭ　２０１７')).toBe('prom 2017');
  });

  it('keeps Chinese characters, and Latin beside them is still folded', () => {
    expect(foldText('告警与监控')).toBe('告警与监控');
    expect(foldText('张三 ZHANG Ｓａｎ')).toBe('张三 zhang san');
  });

  it('folds a text the same way each time it is folded again', () => {
    const once = foldText('Łukasz Ｎｏｗａｋ Björn Straße');
    expect(foldText(once)).toBe(once);
  });
});

describe('speakerIdOf', () => {
  it.each([
    ['Björn Rabenstein', 'bjorn-rabenstein'],
    ['Łukasz Nowak', 'lukasz-nowak'],
    ['张三', '张三'],
    ['  Ada   Lovelace ', 'ada-lovelace'],
    ["Jean-Luc O'Neil", 'jean-luc-o-neil'],
    ['Ada Lovelace (PhD)', 'ada-lovelace-phd'],
    ['R2-D2', 'r2-d2'],
  ])('gives %j the id %j', (name, id) => {
    expect(speakerIdOf(name)).toBe(id);
  });

  it('gives one person one id however the name is written', () => {
    expect(speakerIdOf('Bjorn Rabenstein')).toBe(speakerIdOf('BJÖRN RABENSTEIN'));
    expect(speakerIdOf('Lukasz  Nowak')).toBe(speakerIdOf('Łukasz Nowak'));
  });

  it.each(['Björn Rabenstein', '张三', 'Søren Ægirsson', 'Ｆｕｌｌ Ｗｉｄｔｈ', 'Đorđe Þórsson', '李 Li'])('makes an id the schema accepts from %j', (name) => {
    expect(v.safeParse(SpeakerIdSchema, speakerIdOf(name)).success).toBe(true);
  });

  // Known bug (src/text/fold-text.ts): a modifier letter such as the ʻokina (U+02BB, \p{Lm}) is
  // kept, but SpeakerIdSchema allows only \p{Ll}, \p{Lo} and \p{N}. Remove `.fails` once fixed.
  it('makes an id the schema accepts from a Hawaiian name with an ʻokina', () => {
    expect(v.safeParse(SpeakerIdSchema, speakerIdOf('Kaʻiulani Kalama')).success).toBe(true);
  });
});
