package prose

import (
	"strings"

	"github.com/vita-project/vita/model"
)

// A Sentence is one sentence of the article and the section it stands in.
type Sentence struct {
	Section   string // the section's title
	Paragraph int    // the paragraph's index in the article, counting from 0
	Text      string
}

// Article is what extractors read: the person's name from the title, and every sentence in order.
type Article struct {
	Title     string
	Lead      []Sentence // the sentences before the first heading below the title
	Sentences []Sentence // all sentences, the lead's included
}

// NewArticle splits the biography's sections into sentences. The lead is the first section when it
// has level 1 (the article's title), as every reader writes it.
func NewArticle(b *model.Biography) *Article {
	a := &Article{Title: b.Name}
	para := 0
	for i, s := range b.Sections {
		for _, p := range s.Paragraphs {
			for _, text := range Sentences(p) {
				sen := Sentence{Section: s.Title, Paragraph: para, Text: text}
				a.Sentences = append(a.Sentences, sen)
				if i == 0 && s.Level == 1 {
					a.Lead = append(a.Lead, sen)
				}
			}
			para++
		}
	}
	return a
}

// An Extractor reads one kind of fact from an article into the biography, with the sentence that
// states each fact as its evidence.
type Extractor func(a *Article, b *model.Biography)

// Extractors run in this order. Lead facts come first; positions and events from the body prose
// join here as further extractors, reading the same Article.
var Extractors = []Extractor{LeadFacts, PlaceOfBirthAndDeath, PositionsAndEvents}

// Extract runs every extractor over the biography's sections and fills in what they find; it keeps
// what the biography already holds (an infobox's facts, say) and only adds what is missing.
func Extract(b *model.Biography) {
	a := NewArticle(b)
	for _, x := range Extractors {
		x(a, b)
	}
	if b.Born != nil && b.Died != nil && b.Died.Date.Before(b.Born.Date) {
		// The article contradicts itself (a relative's death read as the person's, or a slip):
		// a death before the birth is left for the reader to settle, not exported.
		b.Died.Date = model.Date{}
	}
	if b.Summary == "" {
		for _, s := range b.Sections {
			if len(s.Paragraphs) > 0 {
				b.Summary = s.Paragraphs[0]
				break
			}
		}
	}
}

func evidence(s Sentence) []model.Evidence {
	return []model.Evidence{{Section: s.Section, Sentence: s.Text}}
}

// pronouns returns the subject pronouns the article uses for its person, capitalised and not: the
// one of "he" and "she" that opens more sentences, so that "She died at the age of 22" in a man's
// biography is about someone else.
func pronouns(b *model.Biography) []string {
	he, she := 0, 0
	for _, s := range b.Sections {
		for _, p := range s.Paragraphs {
			he += strings.Count(p, "He ") + strings.Count(p, " he ") + strings.Count(p, " his ")
			she += strings.Count(p, "She ") + strings.Count(p, " she ") + strings.Count(p, " her ")
		}
	}
	switch {
	case he > she:
		return []string{"He", "he"}
	case she > he:
		return []string{"She", "she"}
	}
	return []string{"He", "he", "She", "she"}
}

// nameTokens are the words of the person's names, for telling the subject of a sentence apart
// from a relative's: "Willsman was born" is about him, "Robert Todd Lincoln was born" is not.
func nameTokens(b *model.Biography) map[string]bool {
	set := map[string]bool{}
	for _, p := range pronouns(b) {
		set[p] = true
	}
	for _, n := range append([]string{b.Name, b.FullName}, b.OtherNames...) {
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
			set[w] = true
		}
	}
	return set
}
