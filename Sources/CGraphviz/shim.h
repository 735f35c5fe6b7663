// Graphviz's public C API (gvc + cgraph), for the AllianceGraphviz Swift target.
// The include path comes from `pkg-config --cflags libgvc` (-I/usr/include/graphviz).
#ifndef ALLIANCEGRAPH_CGRAPHVIZ_SHIM_H
#define ALLIANCEGRAPH_CGRAPHVIZ_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#ifdef __linux__
#include <sys/prctl.h>
#include <signal.h>
#endif

// Process helper for render workers (prctl is variadic, so Swift cannot call it directly).

/// Asks the kernel to send SIGKILL to this process when its parent dies (Linux
/// `prctl(PR_SET_PDEATHSIG, SIGKILL)`). Returns 0 on success, -1 on failure or where unsupported.
static inline int cgraphviz_kill_when_parent_dies(void) {
#ifdef __linux__
    return prctl(PR_SET_PDEATHSIG, SIGKILL);
#else
    return -1;
#endif
}

// Accessors for layout results that Graphviz exposes only as macros.

/// The x coordinate of node `n`'s centre after layout, in points.
static inline double cgraphviz_node_x(Agnode_t *n) { return ND_coord(n).x; }
/// The y coordinate of node `n`'s centre after layout, in points.
static inline double cgraphviz_node_y(Agnode_t *n) { return ND_coord(n).y; }
/// The width and height of node `n` after layout, in points.
static inline double cgraphviz_node_width(Agnode_t *n) { return ND_width(n) * 72.0; }
static inline double cgraphviz_node_height(Agnode_t *n) { return ND_height(n) * 72.0; }
/// The bounding box of graph or subgraph `g` after layout, in points (lower left, upper right).
static inline double cgraphviz_bb_min_x(Agraph_t *g) { return GD_bb(g).LL.x; }
static inline double cgraphviz_bb_min_y(Agraph_t *g) { return GD_bb(g).LL.y; }
static inline double cgraphviz_bb_max_x(Agraph_t *g) { return GD_bb(g).UR.x; }
static inline double cgraphviz_bb_max_y(Agraph_t *g) { return GD_bb(g).UR.y; }

/// Whether graph or subgraph `g` has a label after layout; its centre and size, in points.
static inline int cgraphviz_has_label(Agraph_t *g) { return GD_label(g) != NULL; }
static inline double cgraphviz_label_x(Agraph_t *g) { return GD_label(g)->pos.x; }
static inline double cgraphviz_label_y(Agraph_t *g) { return GD_label(g)->pos.y; }
static inline double cgraphviz_label_width(Agraph_t *g) { return GD_label(g)->dimen.x; }
static inline double cgraphviz_label_height(Agraph_t *g) { return GD_label(g)->dimen.y; }
/// Moves the label of laid-out `g` horizontally, to centre `x` (before rendering).
static inline void cgraphviz_set_label_x(Agraph_t *g, double x) { GD_label(g)->pos.x = x; }

/// The caption of edge `e` after layout (`which` 0: its `label`, 1: its `xlabel`): whether it has
/// one that was placed, its centre and size, in points; moving it (before rendering).
static inline textlabel_t *cgraphviz_edge_caption(Agedge_t *e, int which) { return which ? ED_xlabel(e) : ED_label(e); }
static inline int cgraphviz_has_edge_caption(Agedge_t *e, int which) {
    textlabel_t *l = cgraphviz_edge_caption(e, which);
    return l != NULL && l->set;
}
static inline double cgraphviz_edge_caption_x(Agedge_t *e, int which) { return cgraphviz_edge_caption(e, which)->pos.x; }
static inline double cgraphviz_edge_caption_y(Agedge_t *e, int which) { return cgraphviz_edge_caption(e, which)->pos.y; }
static inline double cgraphviz_edge_caption_width(Agedge_t *e, int which) { return cgraphviz_edge_caption(e, which)->dimen.x; }
static inline double cgraphviz_edge_caption_height(Agedge_t *e, int which) { return cgraphviz_edge_caption(e, which)->dimen.y; }
static inline void cgraphviz_set_edge_caption(Agedge_t *e, int which, double x, double y) {
    textlabel_t *l = cgraphviz_edge_caption(e, which);
    l->pos.x = x; l->pos.y = y; l->set = TRUE;
}

/// The tail and head nodes of edge `e` (cgraph's `agtail`/`aghead` are macros).
static inline Agnode_t *cgraphviz_edge_tail(Agedge_t *e) { return AGTAIL(e); }
static inline Agnode_t *cgraphviz_edge_head(Agedge_t *e) { return AGHEAD(e); }

/// The Bézier pieces of edge `e` after layout: how many, and of piece `i` its number of
/// control points (3n+1), point `j`, and its arrowhead ends (flag, then the point the arrow tips at).
static inline int cgraphviz_edge_piece_count(Agedge_t *e) { return ED_spl(e) ? ED_spl(e)->size : 0; }
static inline int cgraphviz_edge_point_count(Agedge_t *e, int i) { return ED_spl(e)->list[i].size; }
static inline double cgraphviz_edge_point_x(Agedge_t *e, int i, int j) { return ED_spl(e)->list[i].list[j].x; }
static inline double cgraphviz_edge_point_y(Agedge_t *e, int i, int j) { return ED_spl(e)->list[i].list[j].y; }
static inline int cgraphviz_edge_start_flag(Agedge_t *e, int i) { return ED_spl(e)->list[i].sflag; }
static inline double cgraphviz_edge_start_x(Agedge_t *e, int i) { return ED_spl(e)->list[i].sp.x; }
static inline double cgraphviz_edge_start_y(Agedge_t *e, int i) { return ED_spl(e)->list[i].sp.y; }
static inline int cgraphviz_edge_end_flag(Agedge_t *e, int i) { return ED_spl(e)->list[i].eflag; }
static inline double cgraphviz_edge_end_x(Agedge_t *e, int i) { return ED_spl(e)->list[i].ep.x; }
static inline double cgraphviz_edge_end_y(Agedge_t *e, int i) { return ED_spl(e)->list[i].ep.y; }

/// The width and height of graph `g`'s bounding box after layout, in points.
static inline double cgraphviz_graph_width(Agraph_t *g) { return GD_bb(g).UR.x - GD_bb(g).LL.x; }
static inline double cgraphviz_graph_height(Agraph_t *g) { return GD_bb(g).UR.y - GD_bb(g).LL.y; }
/// The `size` attribute of `g` as laid out (points; 0 when not set).
static inline double cgraphviz_graph_size_x(Agraph_t *g) { return GD_drawing(g) ? GD_drawing(g)->size.x : 0; }
static inline double cgraphviz_graph_size_y(Agraph_t *g) { return GD_drawing(g) ? GD_drawing(g)->size.y : 0; }
/// The resolution `g` is rendered at (its `dpi` attribute; 0 for the renderer's default).
static inline double cgraphviz_graph_dpi(Agraph_t *g) { return GD_drawing(g) ? GD_drawing(g)->dpi : 0; }
/// Sets the resolution `g` is rendered at, after layout (the renderer reads it when it starts).
static inline void cgraphviz_set_graph_dpi(Agraph_t *g, double dpi) { if (GD_drawing(g)) GD_drawing(g)->dpi = dpi; }
/// Sets the size `g` is drawn at, after layout, in points: the drawing with its padding is scaled
/// to fit `width` × `height`, up as well as down when `fill` is non-zero (Graphviz's `size="w,h!"`).
static inline void cgraphviz_set_graph_size(Agraph_t *g, double width, double height, int fill) {
    if (GD_drawing(g)) { GD_drawing(g)->size.x = width; GD_drawing(g)->size.y = height; GD_drawing(g)->filled = fill ? TRUE : FALSE; }
}

// Deterministic object ids. Graphviz's default id discipline uses the address of each interned
// name as the object's id, and orders subgraphs (clusters) and nodes by id, so the output order
// depends on the heap and changes between renders in one process. This discipline hands out
// increasing ids in creation order and keeps the names itself (cgraph's own name table is
// cleared by some layouts, e.g. neato, which would lose the node names), so the same DOT text
// always gives the same output.
typedef struct {
    char **names;     // name of id 2*i+1, or NULL for anonymous objects
    int *types;       // object type of id 2*i+1
    size_t count, capacity;
} cgraphviz_id_state;

static void *cgraphviz_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)g; (void)disc;
    return calloc(1, sizeof(cgraphviz_id_state));
}
static long cgraphviz_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    cgraphviz_id_state *ids = (cgraphviz_id_state *)state;
    if (str) {
        for (size_t i = 0; i < ids->count; i++) {
            if (ids->names[i] && ids->types[i] == objtype && strcmp(ids->names[i], str) == 0) {
                *id = 2 * (IDTYPE)i + 1;
                return 1;
            }
        }
        if (!createflag) return 0;
    }
    if (ids->count == ids->capacity) {
        size_t capacity = ids->capacity ? 2 * ids->capacity : 64;
        char **names = (char **)realloc(ids->names, capacity * sizeof(char *));
        if (!names) return 0;
        ids->names = names;
        int *types = (int *)realloc(ids->types, capacity * sizeof(int));
        if (!types) return 0;
        ids->types = types;
        ids->capacity = capacity;
    }
    ids->names[ids->count] = str ? strdup(str) : NULL;
    ids->types[ids->count] = objtype;
    *id = 2 * (IDTYPE)ids->count + 1;
    ids->count++;
    return 1;
}
static long cgraphviz_id_alloc(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; return 0; }
static void cgraphviz_id_free(void *state, int objtype, IDTYPE id) { (void)state; (void)objtype; (void)id; }
static char *cgraphviz_id_print(void *state, int objtype, IDTYPE id) {
    cgraphviz_id_state *ids = (cgraphviz_id_state *)state;
    (void)objtype;
    size_t index = (size_t)(id / 2);
    return (id % 2 == 1 && index < ids->count) ? ids->names[index] : NULL;
}
static void cgraphviz_id_close(void *state) {
    cgraphviz_id_state *ids = (cgraphviz_id_state *)state;
    for (size_t i = 0; i < ids->count; i++) free(ids->names[i]);
    free(ids->names);
    free(ids->types);
    free(ids);
}
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
