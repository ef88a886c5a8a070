#pragma once
// qcustomplot.h uses Qt's `signals`/`slots`/`emit`/`foreach` keywords, which MemeScope turns off
// (QT_NO_KEYWORDS); they are mapped to the Q_ macros for this header only.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
