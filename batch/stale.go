package batch

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// Temporary files are named ".NAME.vita-HOST-PID-RANDOM.tmp": the host and the process that
// writes them, so that a later run can tell the leftovers of a killed one (same host, process gone)
// from the files another run is writing at that moment, on this machine or on another that shares
// the folder.

// tempPattern is the os.CreateTemp pattern of a temporary file for the file named base.
func tempPattern(base string) string {
	return "." + base + ".vita-" + hostTag() + "-" + strconv.Itoa(os.Getpid()) + "-*.tmp"
}

// hostTag is the host name, made safe for a file name.
func hostTag() string {
	h, err := os.Hostname()
	if err != nil || h == "" {
		return "host"
	}
	return strings.Map(func(r rune) rune {
		if r == '-' || r == '.' || r == '/' || r == '\\' {
			return '_'
		}
		return r
	}, h)
}

// CleanStale removes from dir the temporary files that runs on this host left behind when they
// were killed (kill -9, a crash, a lost machine), and returns how many it removed. A file whose
// writer is still running, or was written on another host, is left alone.
func CleanStale(dir string) (int, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	marker := ".vita-" + hostTag() + "-"
	removed := 0
	for _, e := range entries {
		name := e.Name()
		i := strings.LastIndex(name, marker)
		if e.IsDir() || !strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".tmp") || i < 0 {
			continue
		}
		pidText, _, _ := strings.Cut(name[i+len(marker):], "-")
		pid, err := strconv.Atoi(pidText)
		if err != nil || pid <= 0 || alive(pid) {
			continue
		}
		if os.Remove(filepath.Join(dir, name)) == nil {
			removed++
		}
	}
	return removed, nil
}

// alive reports whether a process with this id runs on this host.
func alive(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
