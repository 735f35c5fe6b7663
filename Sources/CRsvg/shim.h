// librsvg and cairo (Debian: librsvg2-dev), used by AllianceGraphviz to turn the SVG charts the
// project writes into PNG and PDF.
//
// cairo's headers are included as <cairo/cairo.h>. librsvg's header needs glib's, whose
// `pkg-config` flags carry -pthread, which SwiftPM refuses with a warning; so the five librsvg and
// GLib functions used here are declared below, as librsvg 2.52+ (rsvg.h, rsvg-cairo.h) and GLib
// (gerror.h, gobject.h) define them, with their opaque handles as `void *`.
#ifndef ALLIANCEGRAPH_CRSVG_SHIM_H
#define ALLIANCEGRAPH_CRSVG_SHIM_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>

/// GLib's GError (gerror.h): domain, code, message.
typedef struct { uint32_t domain; int code; char *message; } crsvg_gerror;
/// librsvg's RsvgRectangle (rsvg.h).
typedef struct { double x, y, width, height; } crsvg_rectangle;

extern void *rsvg_handle_new_from_data(const unsigned char *data, size_t data_len, crsvg_gerror **error);
extern int rsvg_handle_get_intrinsic_size_in_pixels(void *handle, double *out_width, double *out_height);
extern int rsvg_handle_render_document(void *handle, cairo_t *cr, const crsvg_rectangle *viewport, crsvg_gerror **error);
extern void g_error_free(crsvg_gerror *error);
extern void g_object_unref(void *object);

/// A growing byte buffer that cairo's stream writers append to.
typedef struct {
    unsigned char *bytes;
    size_t length, capacity;
} crsvg_buffer;

static cairo_status_t crsvg_append(void *closure, const unsigned char *data, unsigned int length) {
    crsvg_buffer *buffer = (crsvg_buffer *)closure;
    if (buffer->length + length > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 65536;
        while (capacity < buffer->length + length) capacity *= 2;
        unsigned char *bytes = (unsigned char *)realloc(buffer->bytes, capacity);
        if (!bytes) return CAIRO_STATUS_NO_MEMORY;
        buffer->bytes = bytes;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->length, data, length);
    buffer->length += length;
    return CAIRO_STATUS_SUCCESS;
}

/// Renders the SVG document `svg` (`length` bytes) with librsvg onto a cairo surface: a PNG image
/// (`pdf` 0) at `scale` pixels per SVG pixel on a white background, or a PDF page (`pdf` 1) of the
/// SVG's size in points, with a fixed creation date so that the same chart gives the same file.
/// On success returns 0 and the file's bytes in `*out` (free them with free()); on failure returns
/// -1 and a message in `*message` (free it with free()).
static inline int crsvg_convert(const char *svg, size_t length, int pdf, double scale,
                                unsigned char **out, size_t *out_length, char **message) {
    crsvg_gerror *error = NULL;
    *out = NULL; *out_length = 0; *message = NULL;
    void *handle = rsvg_handle_new_from_data((const unsigned char *)svg, length, &error);
    if (!handle) {
        *message = strdup(error ? error->message : "librsvg could not read the SVG");
        if (error) g_error_free(error);
        return -1;
    }
    double width = 0, height = 0;
    if (!rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) || width <= 0 || height <= 0) {
        width = 800; height = 600;
    }
    crsvg_buffer buffer = {NULL, 0, 0};
    cairo_surface_t *surface;
    if (pdf) {
        surface = cairo_pdf_surface_create_for_stream(crsvg_append, &buffer, width, height);
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z");
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "AllianceGraph");
    } else {
        surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, (int)(width * scale + 0.5), (int)(height * scale + 0.5));
    }
    cairo_t *cr = cairo_create(surface);
    if (!pdf) {
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_paint(cr);
        cairo_scale(cr, scale, scale);
    }
    crsvg_rectangle viewport = {0, 0, width, height};
    int ok = rsvg_handle_render_document(handle, cr, &viewport, &error);
    cairo_destroy(cr);
    cairo_status_t status = CAIRO_STATUS_SUCCESS;
    if (ok) {
        if (pdf) {
            cairo_surface_finish(surface);
            status = cairo_surface_status(surface);
        } else {
            status = cairo_surface_write_to_png_stream(surface, crsvg_append, &buffer);
        }
    }
    cairo_surface_destroy(surface);
    g_object_unref(handle);
    if (!ok || status != CAIRO_STATUS_SUCCESS) {
        *message = strdup(!ok ? (error ? error->message : "librsvg could not draw the SVG") : cairo_status_to_string(status));
        if (error) g_error_free(error);
        free(buffer.bytes);
        return -1;
    }
    *out = buffer.bytes;
    *out_length = buffer.length;
    return 0;
}

#endif
