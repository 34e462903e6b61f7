// Hand-written argument parsing (no dependencies): `--name value`, `--name=value`, boolean flags.

/** Wrong usage: exit status 2 (SPEC §5). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface ArgSpec {
  /** Options that take a value (without the leading --). */
  values: readonly string[];
  /** Options that are flags. */
  flags: readonly string[];
}

export interface ParsedArgs {
  positional: string[];
  values: Record<string, string>;
  flags: Set<string>;
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const out: ParsedArgs = { positional: [], values: {}, flags: new Set() };
  let onlyPositional = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositional || !arg.startsWith('-') || arg === '-') {
      out.positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    if (arg === '-h') {
      out.flags.add('help');
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`未知选项：${arg}（unknown option: ${arg}）`);
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (spec.flags.includes(name)) {
      if (eq >= 0) throw new UsageError(`选项 --${name} 不需要取值（option --${name} takes no value）`);
      out.flags.add(name);
      continue;
    }
    if (!spec.values.includes(name)) throw new UsageError(`未知选项：--${name}（unknown option: --${name}）`);
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) value = argv[++i];
    if (value === undefined || value.trim() === '') {
      throw new UsageError(`选项 --${name} 缺少取值（option --${name} needs a value）`);
    }
    if (name in out.values) throw new UsageError(`选项 --${name} 重复（option --${name} given twice）`);
    out.values[name] = value.trim();
  }
  return out;
}
