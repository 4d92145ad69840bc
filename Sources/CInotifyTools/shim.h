// inotifytools.h uses struct inotify_event without including its definition.
#include <sys/inotify.h>
#include <inotifytools/inotifytools.h>
