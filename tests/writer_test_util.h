// Helpers for the output writer tests: run a whole result through a writer into a string.
#ifndef NEWSARCHIVE_TESTS_WRITER_TEST_UTIL_H_
#define NEWSARCHIVE_TESTS_WRITER_TEST_UTIL_H_

#include <sstream>
#include <string>
#include <vector>

#include "output/row_writer.h"

namespace newsarchive {

// Begin(columns), Write(each row), End() on `writer`; returns what it wrote to `out`.
inline std::string WriteRows(RowWriter& writer, std::ostringstream& out,
                             const std::vector<std::string>& columns,
                             const std::vector<Row>& rows) {
  writer.Begin(columns);
  for (const Row& row : rows) writer.Write(row);
  writer.End();
  return out.str();
}

// The same through MakeRowWriter(format).
inline std::string WriteRows(OutputFormat format, const std::vector<std::string>& columns,
                             const std::vector<Row>& rows,
                             const WriterOptions& options = WriterOptions()) {
  std::ostringstream out;
  std::unique_ptr<RowWriter> writer = MakeRowWriter(format, out, options);
  return WriteRows(*writer, out, columns, rows);
}

inline Cell T(std::string text) { return Cell::Text(std::move(text)); }

}  // namespace newsarchive

#endif  // NEWSARCHIVE_TESTS_WRITER_TEST_UTIL_H_
