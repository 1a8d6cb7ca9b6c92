#include "model/row.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace newsarchive {

Cell Cell::Real(double v) {
  if (std::isnan(v)) return Cell{Type::kReal, "nan"};
  if (std::isinf(v)) return Cell{Type::kReal, v < 0 ? "-inf" : "inf"};
  // The shortest of %.15g..%.17g that reads back as the same double: 0.1 stays "0.1", not
  // "0.10000000000000001", and no value changes on its way through a writer.
  char buffer[40];
  for (int precision = 15; precision <= 17; ++precision) {
    std::snprintf(buffer, sizeof buffer, "%.*g", precision, v);
    if (std::strtod(buffer, nullptr) == v) break;
  }
  std::string text = buffer;
  // A whole number keeps a ".0" so it still reads as a real ("3.0", as SQLite prints it).
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return Cell{Type::kReal, std::move(text)};
}

}  // namespace newsarchive
