/// Figures are their own module (no swift-syntax) so compiled lessons can use them too;
/// the site re-exports them for its callers.
@_exported import LessonFigures
