import { UsageError } from '../errors.js';

/** Parses `--flag value` and `--switch` options; everything else is positional. */
export function parseArgs(
  args: string[],
  spec: { values: string[]; switches: string[] },
): { values: Map<string, string>; switches: Set<string>; positional: string[] } {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (spec.switches.includes(name)) {
      switches.add(name);
    } else if (spec.values.includes(name)) {
      const value = inline ?? args[++index];
      if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
      values.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}`);
    }
  }
  return { values, switches, positional };
}
