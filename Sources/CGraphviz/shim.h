// Graphviz's public C API (gvc + cgraph), for the AllianceGraphviz Swift target.
// The include path comes from `pkg-config --cflags libgvc` (-I/usr/include/graphviz).
#ifndef ALLIANCEGRAPH_CGRAPHVIZ_SHIM_H
#define ALLIANCEGRAPH_CGRAPHVIZ_SHIM_H

#include <stdio.h>
#include <graphviz/gvc.h>

// Accessors for layout results that Graphviz exposes only as macros.

/// The x coordinate of node `n`'s centre after layout, in points.
static inline double cgraphviz_node_x(Agnode_t *n) { return ND_coord(n).x; }
/// The y coordinate of node `n`'s centre after layout, in points.
static inline double cgraphviz_node_y(Agnode_t *n) { return ND_coord(n).y; }

// Deterministic object ids. Graphviz's default id discipline uses the address of each interned
// name as the object's id, and orders subgraphs (clusters) and nodes by id, so the output order
// depends on the heap and changes between renders in one process. This discipline refuses to map
// names (cgraph then keeps its own name table) and hands out increasing ids in creation order, so
// the same DOT text always gives the same output.
static long cgraphviz_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    static IDTYPE counter = 1;
    (void)state; (void)objtype; (void)createflag;
    if (str) return 0;
    *id = counter;
    counter += 2;
    return 1;
}
static void *cgraphviz_id_open(Agraph_t *g, Agdisc_t *disc) { (void)disc; return g; }
static long cgraphviz_id_alloc(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; return 0; }
static void cgraphviz_id_free(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }
static char *cgraphviz_id_print(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; return NULL; }
static void cgraphviz_id_close(void *state) { (void)state; }
static void cgraphviz_id_register(void *state, int objtype, void *obj) { (void)state; (void)objtype; (void)obj; }

static Agiddisc_t cgraphviz_id_disc = {
    cgraphviz_id_open, cgraphviz_id_map, cgraphviz_id_alloc, cgraphviz_id_free,
    cgraphviz_id_print, cgraphviz_id_close, cgraphviz_id_register
};

/// Parses DOT text of `length` bytes like agmemread, but with deterministic object ids.
/// Returns NULL on a syntax error (reported through agerr).
static inline Agraph_t *cgraphviz_read(const char *text, size_t length) {
    static Agdisc_t disc;
    disc.mem = &AgMemDisc;
    disc.id = &cgraphviz_id_disc;
    disc.io = &AgIoDisc;
    FILE *file = fmemopen((void *)text, length, "r");
    if (!file) return NULL;
    Agraph_t *graph = agread(file, &disc);
    fclose(file);
    return graph;
}

#endif
