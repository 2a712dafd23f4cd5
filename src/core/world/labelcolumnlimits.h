#pragma once

#include "config/config.h"
#include "tableshape/expectedcolumn.h"

namespace cdr {

// The limits of a `<table>_labels` column (`column.name`) beyond those of the CDR column holding the same values
// (worldtableshape.cpp), from the config alone: a Wangiri caller is a foreign number, longer than ours, with no
// IMEI; scenario and role are names of the catalogue; a group id is a positive count of the run's groups, which the
// config does not bound more closely than the integer the schema gives it.
void limitLabelColumn(ExpectedColumn &column, const Config &config);

} // namespace cdr
