import type { MapModel } from "@/lib/map-model";

const outcomeStroke = { resolved: "#047857", escalate: "#b45309" } as const;

function ArrowHead({ id, fill }: { id: string; fill: string }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="7"
      markerHeight="7"
      orient="auto-start-reverse"
    >
      <path d="M0,0 L10,5 L0,10 z" fill={fill} />
    </marker>
  );
}

function pathOf(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? "L" : "M"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
}

/**
 * The flow drawn from its machine; the answers taken and the current step stand out. A picture
 * only: the list beside it carries the same map, with links, for keyboards and screen readers.
 */
export function FlowMap({ model, title }: { model: MapModel; title: string }) {
  const { layout, taken } = model;
  const takenSet = new Set(taken);
  const entries = new Map(model.entries.map((e) => [e.id, e]));
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-2"
      tabIndex={0}
      aria-label="Map (scrolls sideways)"
    >
      <svg
        viewBox={`0 0 ${Math.ceil(layout.width)} ${Math.ceil(layout.height)}`}
        width={Math.ceil(layout.width)}
        height={Math.ceil(layout.height)}
        role="img"
        aria-label={`${title}: ${layout.nodes.length} steps. The path you took is highlighted; the list below describes the same map in words.`}
        className="max-w-none font-sans"
      >
        <defs>
          <ArrowHead id="arrow" fill="#64748b" />
          <ArrowHead id="arrow-taken" fill="#1d4ed8" />
        </defs>
        {layout.edges.map((edge, i) => (
          <g key={i} data-taken={takenSet.has(i) || undefined}>
            <path
              d={pathOf(edge.points)}
              fill="none"
              stroke={takenSet.has(i) ? "#1d4ed8" : "#94a3b8"}
              strokeWidth={takenSet.has(i) ? 3 : 1.2}
              markerEnd={`url(#${takenSet.has(i) ? "arrow-taken" : "arrow"})`}
            />
            <text
              x={edge.labelAt.x}
              y={edge.labelAt.y + 4}
              textAnchor="middle"
              fontSize="10"
              fill={takenSet.has(i) ? "#1e3a8a" : "#475569"}
              stroke="#fff"
              strokeWidth="3"
              paintOrder="stroke"
            >
              {edge.label.length > 40 ? `${edge.label.slice(0, 39)}…` : edge.label}
            </text>
          </g>
        ))}
        {layout.nodes.map((node) => {
          const entry = entries.get(node.id);
          const current = entry?.current ?? false;
          return (
            <g
              key={node.id}
              data-node={node.id}
              data-current={current || undefined}
              data-visited={entry?.visited || undefined}
            >
              <rect
                x={node.x - node.width / 2}
                y={node.y - node.height / 2}
                width={node.width}
                height={node.height}
                rx="8"
                fill={current ? "#1d4ed8" : entry?.visited ? "#dbeafe" : "#fff"}
                stroke={
                  node.outcome
                    ? outcomeStroke[node.outcome]
                    : current || entry?.visited
                      ? "#1d4ed8"
                      : "#94a3b8"
                }
                strokeWidth={node.outcome || current ? 2.5 : 1.2}
              />
              {node.lines.slice(0, 4).map((line, i) => (
                <text
                  key={i}
                  x={node.x}
                  y={node.y - node.height / 2 + 22 + i * 16}
                  textAnchor="middle"
                  fontSize="12"
                  fill={current ? "#fff" : "#0f172a"}
                  fontWeight={current ? 700 : 400}
                >
                  {i === 3 && node.lines.length > 4 ? `${line}…` : line}
                </text>
              ))}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
