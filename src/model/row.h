// Rows: the shape every query result takes between the store that runs it and the writer that
// prints it. Plain values, no database and no format in sight.
#ifndef NEWSARCHIVE_MODEL_ROW_H_
#define NEWSARCHIVE_MODEL_ROW_H_

#include <cstdint>
#include <string>
#include <vector>

namespace newsarchive {

// One value of a result row. Numbers keep their printed form in `text` so writers never reformat.
struct Cell {
  enum class Type { kNull, kInteger, kReal, kText };
  Type type = Type::kNull;
  std::string text;

  static Cell Null() { return Cell(); }
  static Cell Integer(int64_t v) { return Cell{Type::kInteger, std::to_string(v)}; }
  static Cell Real(double v);
  static Cell Text(std::string v) { return Cell{Type::kText, std::move(v)}; }
  bool is_null() const { return type == Type::kNull; }
  // The integer an integer cell holds; 0 for NULL.
  int64_t AsInteger() const { return is_null() ? 0 : std::stoll(text); }
};
using Row = std::vector<Cell>;

// Where rows go: one output format, or anything else that consumes a result. Call Begin once,
// Write per row, End once.
class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual void Begin(const std::vector<std::string>& columns) = 0;
  virtual void Write(const Row& row) = 0;
  virtual void End() = 0;
  // Instead of End, when the rows stopped short (the time limit, Ctrl-C, an error): ends the
  // output so that it says, where the data goes, that it is incomplete and why. Writers that
  // only collect rows need not mark anything.
  virtual void Abort(const std::string& reason) { (void)reason; }
};

}  // namespace newsarchive

#endif  // NEWSARCHIVE_MODEL_ROW_H_
