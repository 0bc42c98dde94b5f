// The bench's and the audit's options: what runs by default, what --only and --pyvideo choose, and
// that a mistake is a usage error (exit 2) rather than a run with a silently different meaning.
import { describe, expect, it } from 'vitest';
import { parseAuditArgs, parseBenchArgs, UsageError } from '../../scripts/bench/bench-args';
import { benchCases } from '../../scripts/bench/bench-cases';

describe('parseBenchArgs', () => {
  it('by default covers the post, the CNCF archive and the synthetic 10k and 50k, without pyvideo', () => {
    const args = parseBenchArgs([]);
    expect(args.kinds).toEqual(['post', 'cncf', 'synthetic']);
    expect(args.sizes).toEqual([10_000, 50_000]);
    expect(args.loads).toBe(7);
    expect(args.ab).toBeUndefined();
    expect(benchCases(args).map((c) => c.id)).toEqual(['post', 'cncf', '10000', '50000']);
  });

  it('adds the pyvideo import when given a folder', () => {
    const args = parseBenchArgs(['--pyvideo', '../shared/data/pyvideo-sample', '--sizes', '1000']);
    expect(args.pyvideoDir).toBe('../shared/data/pyvideo-sample');
    expect(benchCases(args).map((c) => c.id)).toEqual(['post', 'cncf', '1000', 'pyvideo']);
  });

  it('keeps the kinds in their own order whatever order --only names them, and sorts sizes', () => {
    const args = parseBenchArgs(['--only', 'synthetic,post', '--sizes', '5000, 1000,5000']);
    expect(args.kinds).toEqual(['post', 'synthetic']);
    expect(args.sizes).toEqual([1000, 5000]);
  });

  it.each([
    [['--only', 'pyvideo'], /needs --pyvideo/],
    [['--only', 'cncf,huge'], /--only takes/],
    [['--only', ','], /--only takes/],
    [['--sizes', '10k'], /--sizes must be an integer/],
    [['--sizes', '0'], /--sizes must be an integer/],
    [['--loads', '2'], /--loads must be an integer from 3/],
    [['--ab', ''], /--ab needs a git ref/],
    [['--talks', '5'], /Unknown option/],
    [['stray'], /positional/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(UsageError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });
});

describe('parseAuditArgs', () => {
  it('audits dist/ alone when no catalog option is given', () => {
    expect(parseAuditArgs([])).toEqual({ catalogs: undefined, dist: 'dist', noBuild: false });
    expect(parseAuditArgs(['--dist', 'bench/dist-10000', '--no-build'])).toEqual({ catalogs: undefined, dist: 'bench/dist-10000', noBuild: true });
  });

  it('builds the bench’s catalogs when given --sizes or --only', () => {
    const args = parseAuditArgs(['--sizes', '1000', '--only', 'synthetic']);
    expect(args.catalogs?.kinds).toEqual(['synthetic']);
    expect(args.catalogs?.sizes).toEqual([1000]);
    expect(parseAuditArgs(['--only', 'post']).catalogs?.sizes).toEqual([10_000, 50_000]);
  });

  it('refuses to mix one existing build with building catalogs', () => {
    expect(() => parseAuditArgs(['--sizes', '1000', '--dist', 'dist'])).toThrow(UsageError);
    expect(() => parseAuditArgs(['--only', 'post', '--no-build'])).toThrow(UsageError);
    expect(() => parseAuditArgs(['--seed', '3'])).toThrow(/--seed only applies/);
  });
});
