package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		status int
		out    string // a line the output holds
		errOut string // what the error output holds
	}{
		{"table", []string{"-corpus", "../../testdata/corpus"}, 0, "\ntotal ", ""},
		{"details", []string{"-corpus", "../../testdata/corpus", "-v"}, 0, "\n== peter-willsman\n", ""},
		{"no corpus", []string{"-corpus", "testdata/nowhere"}, 1, "", "no gold files"},
		{"argument", []string{"extra"}, 2, "", `unexpected argument "extra"`},
		{"unknown flag", []string{"-x"}, 2, "", "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if got := run(tt.args, &stdout, &stderr); got != tt.status {
				t.Errorf("status %d, want %d; stderr: %s", got, tt.status, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.out) {
				t.Errorf("output does not hold %q:\n%s", tt.out, stdout.String())
			}
			if !strings.Contains(stderr.String(), tt.errOut) {
				t.Errorf("error output does not hold %q:\n%s", tt.errOut, stderr.String())
			}
		})
	}
}
