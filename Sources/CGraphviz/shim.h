// Graphviz's public C API (gvc + cgraph), for the AllianceGraphviz Swift target.
// The include path comes from `pkg-config --cflags libgvc` (-I/usr/include/graphviz).
#ifndef ALLIANCEGRAPH_CGRAPHVIZ_SHIM_H
#define ALLIANCEGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>

// Accessors for layout results that Graphviz exposes only as macros.

/// The x coordinate of node `n`'s centre after layout, in points.
static inline double cgraphviz_node_x(Agnode_t *n) { return ND_coord(n).x; }
/// The y coordinate of node `n`'s centre after layout, in points.
static inline double cgraphviz_node_y(Agnode_t *n) { return ND_coord(n).y; }

#endif
