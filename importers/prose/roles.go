package prose

// roleHeads are the nouns that name a position someone holds: the head of a role phrase such as
// "Assistant General Secretary", "full-time district organiser" or "member for Woolwich".
var roleHeads = wordSet(`member members secretary chair chairman chairwoman chairperson president
vice-president leader treasurer director organiser organizer officer steward counsel speechwriter
professor lecturer founder co-founder editor governor mayor councillor councilor senator
representative minister ambassador judge trustee manager assistant commissioner spokesman
spokeswoman spokesperson whip delegate deputy researcher adviser advisor consultant partner clerk
postmaster surveyor captain lieutenant colonel sergeant agent administrator executive head principal
dean rector chancellor fellow curator correspondent reporter columnist presenter producer coach
teacher engineer economist analyst vice-chairman vice-chair convenor convener superintendent
inspector auditor comptroller attorney solicitor barrister prosecutor justice speaker premier
ceo mp mep msp chief lawyer lobbyist weaver official organist conductor instructor tutor governor
commander general admiral marshal private corporal major vice-chancellor registrar bishop archbishop
pastor priest minister rabbi imam envoy consul attaché attache diplomat aide undersecretary
under-secretary secretary-general controller editor-in-chief publisher owner proprietor partner
apprentice employee worker volunteer activist campaigner candidate nominee nurse matron sister
midwife surgeon physician doctor librarian archivist secretary-treasurer`)

// roleStop are words that cannot be part of a role phrase before its head.
var roleStop = wordSet(`a an the his her their its of for to at on in as and or but by with from
was were is are be been being has had have who which that this these those he she they it him them
also then later first`)
