// Replaced by the GUI issue; keeps the cdrgen_gui library non-empty.
namespace cdr::gui {
int placeholder() { return 0; }
}
