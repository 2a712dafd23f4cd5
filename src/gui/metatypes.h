#pragma once

#include "run/runrequest.h"

#include <QMetaType>

// Run types cross thread boundaries in queued signals.
Q_DECLARE_METATYPE(cdr::RunRequest)
Q_DECLARE_METATYPE(cdr::RunProgress)
Q_DECLARE_METATYPE(cdr::RunSummary)
