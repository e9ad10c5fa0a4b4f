/**
 * Flow order of a process graph: every node after the nodes that lead to it, loops (rework
 * back-edges) ignored, branches in the order the diagram shows them. Nodes no start reaches
 * come last, ordered the same way. Reverse post-order of an iterative depth-first search.
 */
export function flowOrder(
  nodes: readonly string[],
  edges: readonly (readonly [string, string])[],
  starts: readonly string[],
  compare: (a: string, b: string) => number,
): string[] {
  const next = new Map<string, string[]>(nodes.map((n) => [n, []]));
  const incoming = new Set<string>();
  for (const [from, to] of edges)
    if (next.has(from) && next.has(to) && from !== to) {
      next.get(from)!.push(to);
      incoming.add(to);
    }
  for (const targets of next.values()) targets.sort(compare);

  const visited = new Set<string>();
  const search = (roots: string[]): string[] => {
    const post: string[] = [];
    // Roots and children are visited last-first (children pop off the end), so the reversed
    // post-order lists them first-first.
    for (const root of [...roots].sort(compare).reverse()) {
      if (visited.has(root)) continue;
      visited.add(root);
      const stack: { node: string; children: string[] }[] = [{ node: root, children: [...next.get(root)!] }];
      while (stack.length > 0) {
        const top = stack.at(-1)!;
        const child = top.children.pop();
        if (child === undefined) {
          post.push(top.node);
          stack.pop();
        } else if (!visited.has(child)) {
          visited.add(child);
          stack.push({ node: child, children: [...next.get(child)!] });
        }
      }
    }
    return post.reverse();
  };

  const roots = starts.length > 0 ? [...starts] : nodes.filter((n) => !incoming.has(n));
  const order = search(roots.filter((r) => next.has(r)));
  while (visited.size < nodes.length) {
    const rest = nodes.filter((n) => !visited.has(n));
    const restRoots = rest.filter((n) => !edges.some(([f, t]) => t === n && !visited.has(f) && f !== n));
    order.push(...search(restRoots.length > 0 ? restRoots : [rest.sort(compare)[0]!]));
  }
  return order;
}
