#pragma once

#include <QString>

namespace memescope {

// Why the GUI could not open its display, or empty when it can (as far as can be told without Qt: Qt's X
// plugin aborts the process when DISPLAY names a server that is gone, e.g. after an SSH session lost its
// forwarding). Checks DISPLAY's socket (/tmp/.X11-unix/XN, or TCP 6000+N for host:N) with a short timeout;
// says nothing when QT_QPA_PLATFORM chooses another platform or WAYLAND_DISPLAY is set.
QString displayProblem();

} // namespace memescope
