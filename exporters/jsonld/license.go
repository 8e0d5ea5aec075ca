package jsonld

import (
	"net/url"
	"strings"
)

// license returns the value of schema:license for a source's licence as the model states it: the
// licence's URL when it is one, or a Creative Commons licence or CC0 that it names; otherwise a
// CreativeWork with that name. schema.org's context maps license to an IRI, so a bare "GFDL"
// would be read as a relative IRI.
func license(s string) any {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	if u, err := url.Parse(s); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		return s
	}
	if u := creativeCommonsURL(s); u != "" {
		return u
	}
	return &named{Type: "CreativeWork", Name: s}
}

// creativeCommonsURL returns the deed URL of a Creative Commons licence written as on its deed or
// in SPDX ("CC BY-SA 4.0", "CC-BY-NC-ND-3.0", "CC0 1.0", "CC BY 3.0 Unported"), or "" for
// anything else, including a licence without a version and the ported (national) versions.
func creativeCommonsURL(s string) string {
	f := strings.Fields(strings.NewReplacer("-", " ", "_", " ").Replace(strings.ToUpper(s)))
	if len(f) > 0 && (f[0] == "CC0" || len(f) > 1 && f[0] == "CC" && f[1] == "0") {
		rest := f[1:]
		if f[0] == "CC" {
			rest = f[2:]
		}
		if len(rest) == 0 || len(rest) == 1 && rest[0] == "1.0" || len(rest) == 2 && rest[0] == "1.0" && rest[1] == "UNIVERSAL" {
			return "https://creativecommons.org/publicdomain/zero/1.0/"
		}
		return ""
	}
	if len(f) < 3 || f[0] != "CC" || f[1] != "BY" {
		return ""
	}
	elems, i := []string{"by"}, 2
	if f[i] == "NC" {
		elems, i = append(elems, "nc"), i+1
	}
	if i < len(f) && (f[i] == "SA" || f[i] == "ND") {
		elems, i = append(elems, strings.ToLower(f[i])), i+1
	}
	if i >= len(f) {
		return ""
	}
	version := f[i]
	switch version {
	case "1.0", "2.0", "2.5", "3.0", "4.0":
	default:
		return ""
	}
	switch rest := f[i+1:]; {
	case len(rest) == 0:
	case len(rest) == 1 && (rest[0] == "INTERNATIONAL" || rest[0] == "UNPORTED" || rest[0] == "GENERIC"):
	default:
		return ""
	}
	return "https://creativecommons.org/licenses/" + strings.Join(elems, "-") + "/" + version + "/"
}
