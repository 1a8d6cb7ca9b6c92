# Writes OUT, a C++ source holding every DIR/NNNN_name.sql as a raw string, in numeric order.
# Run as: cmake -DOUT=file.cc -DDIR=migrations [-DFUNCTION=PgEmbeddedMigrations] -P embed_migrations.cmake
# FUNCTION names the function returning the table (EmbeddedMigrations by default).
if(NOT FUNCTION)
  set(FUNCTION EmbeddedMigrations)
endif()
file(GLOB files RELATIVE ${DIR} ${DIR}/*.sql)
list(SORT files)
set(body "")
foreach(f ${files})
  if(NOT f MATCHES "^([0-9][0-9][0-9][0-9])_[a-z0-9_]+\\.sql$")
    message(FATAL_ERROR "migration file name must be NNNN_snake_case.sql: ${f}")
  endif()
  math(EXPR version "${CMAKE_MATCH_1}")
  file(READ ${DIR}/${f} sql)
  string(APPEND body "    {${version}, \"${f}\", R\"newsarchive_sql(${sql})newsarchive_sql\"},\n")
endforeach()
file(WRITE ${OUT}.tmp
"// Generated from ${DIR}/*.sql by cmake/embed_migrations.cmake. Do not edit.
#include \"store/migrations_embedded.h\"

namespace newsarchive {

const std::vector<EmbeddedMigration>& ${FUNCTION}() {
  static const std::vector<EmbeddedMigration> kMigrations = {
${body}  };
  return kMigrations;
}

}  // namespace newsarchive
")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUT}.tmp)
