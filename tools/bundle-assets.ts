/** What Vite's and Rollup's bundles both say of a file (Vite keeps an asset's given name in `names`, Rollup in `name`). */
interface BundleFile {
  type: 'asset' | 'chunk';
  fileName: string;
  name?: string;
  names?: readonly string[];
}

/** The bundle's assets emitted under one of `names`. */
export function assetsNamed(bundle: Readonly<Record<string, BundleFile>>, names: readonly string[]): BundleFile[] {
  const named = (a: BundleFile) => [...(a.names ?? []), a.name].some((n) => n !== undefined && names.includes(n));
  return Object.values(bundle).filter((a) => a.type === 'asset' && named(a));
}
