#include "DisplayCheck.h"

#include <QByteArray>
#include <QRegularExpression>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace memescope {
namespace {

// Connects within a second; true when something accepts.
bool reachable(const sockaddr* address, socklen_t length, int family) {
    const int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) return false;
    bool ok = ::connect(fd, address, length) == 0;
    if (!ok && errno == EINPROGRESS) {
        pollfd p{fd, POLLOUT, 0};
        int error = 0;
        socklen_t size = sizeof error;
        ok = ::poll(&p, 1, 1000) == 1 && ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 &&
             error == 0;
    }
    ::close(fd);
    return ok;
}

bool localDisplayReachable(int number) {
    const QByteArray path = "/tmp/.X11-unix/X" + QByteArray::number(number);
    for (const bool abstract : {true, false}) { // Xorg and Xvfb listen on Linux's abstract name too
        sockaddr_un a{};
        a.sun_family = AF_UNIX;
        const int offset = abstract ? 1 : 0;
        std::memcpy(a.sun_path + offset, path.constData(), size_t(path.size()));
        const socklen_t length = socklen_t(offsetof(sockaddr_un, sun_path) + offset + path.size());
        if (reachable(reinterpret_cast<const sockaddr*>(&a), length, AF_UNIX)) return true;
    }
    return false;
}

bool tcpDisplayReachable(const QByteArray& host, int number) {
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    if (::getaddrinfo(host.constData(), QByteArray::number(6000 + number).constData(), &hints, &found) != 0)
        return false;
    bool ok = false;
    for (addrinfo* a = found; a && !ok; a = a->ai_next)
        ok = reachable(a->ai_addr, a->ai_addrlen, a->ai_family);
    ::freeaddrinfo(found);
    return ok;
}

} // namespace

QString displayProblem() {
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith("xcb")) return {};
    if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && platform.isEmpty()) return {};
    const QString display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty())
        return QStringLiteral("no display (DISPLAY is not set): start MemeScope in a desktop session, over "
                              "'ssh -X', or under 'xvfb-run'; memescope-cli needs none");
    static const QRegularExpression form(QStringLiteral("^([^:]*):(\\d+)(\\.\\d+)?$"));
    const QRegularExpressionMatch m = form.match(display);
    if (!m.hasMatch()) return {}; // a form this check does not know: let Qt try
    const QByteArray host = m.captured(1).toUtf8();
    const int number = m.captured(2).toInt();
    const bool ok =
        host.isEmpty() || host == "unix" ? localDisplayReachable(number) : tcpDisplayReachable(host, number);
    if (ok) return {};
    return QStringLiteral(
               "cannot open the display %1 (no X server answers there; an SSH session whose "
               "forwarding is gone, or a closed desktop session?): start MemeScope where a display "
               "is, or under 'xvfb-run'; memescope-cli needs none")
        .arg(display);
}

} // namespace memescope
