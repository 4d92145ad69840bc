// statx is declared only under _GNU_SOURCE, which Swift's Glibc module does not see.
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
// inotifytools.h uses struct inotify_event without including its definition.
#include <sys/inotify.h>
#include <inotifytools/inotifytools.h>

/// The device, inode and birth time (0 where the filesystem keeps none) of
/// what `path` names, not following a final symlink; -1 when nothing is there.
/// The birth time tells a folder made again from the old one when the
/// filesystem hands the freed inode number straight back.
static inline int ec4x_identity(const char *path, unsigned long long *device, unsigned long long *inode, long long *born_sec, unsigned int *born_nsec) {
    struct statx info;
    if (statx(AT_FDCWD, path, AT_SYMLINK_NOFOLLOW, STATX_INO | STATX_BTIME, &info) != 0) return -1;
    *device = ((unsigned long long)info.stx_dev_major << 32) | info.stx_dev_minor;
    *inode = info.stx_ino;
    *born_sec = (info.stx_mask & STATX_BTIME) ? info.stx_btime.tv_sec : 0;
    *born_nsec = (info.stx_mask & STATX_BTIME) ? info.stx_btime.tv_nsec : 0;
    return 0;
}
