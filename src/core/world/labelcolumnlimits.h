#pragma once

#include "tableshape/expectedcolumn.h"

namespace cdr {

// The limits of a `<table>_labels` column (`column.name`) beyond those of the CDR column holding the same values
// (worldtableshape.cpp: msisdn has the caller's, which take foreign numbers once a scenario is enabled): a foreign
// number (a Wangiri caller, an IRSF premium-rate number) has no IMEI; scenario and role are names of the
// catalogue; a group id is a positive count of the run's groups, which the config does not bound more closely than
// the integer the schema gives it.
void limitLabelColumn(ExpectedColumn &column);

} // namespace cdr
