/// The TrueType faces compiled into the binary (`Fonts/FontData+*.swift`,
/// written by `Fonts/make-fonts.py`; origin and licence in `Fonts/`).
enum FontData {}
