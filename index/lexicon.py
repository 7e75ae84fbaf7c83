"""Word lists the quotation engine leans on: cue verbs, titles, gendered names.

Kept apart from the rules so a reader can see (and extend) what the engine
knows about English news prose without reading any regex.
"""

from __future__ import annotations

# Verbs that introduce or attribute speech or writing, in the forms news uses.
# Base forms are expanded to -s/-ed/-ing below; irregular forms are listed.
_CUE_BASES = """
say tell add write explain emphasize emphasise state note declare insist argue
claim continue respond reply answer ask tweet post announce warn remark
observe acknowledge admit concede complain conclude recall suggest predict
boast joke quip muse mock lament urge vow promise pledge caution counter
retort testify confirm deny report describe call dub label brand characterize
assert contend maintain reiterate repeat stress tout charge allege accuse
criticize blast slam praise thank shout chant yell scream cry exclaim recount
reason opine wonder question demand plead concur agree disagree proclaim
summarize summarise elaborate insist interject begin joke reflect
speculate surmise theorize whisper murmur mutter sigh laugh smile chide scold taunt sing
riff fume gush scoff snap brag worry fret
""".split()
_IRREGULAR = """
said says saying told tells telling wrote writes writing written spoke speaks
speaking began begins put puts went on found finds commented exhorted sang
""".split()


_DOUBLING = frozenset("quip plan stop admit slam dub snap brag fret".split())  # 'quipped', 'bragged'


def _inflect(base: str) -> list[str]:
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and base[-2] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("sh", "ch", "ss", "x")):
        return [base, base + "es", base + "ed", base + "ing"]
    doubled = base + base[-1] if base in _DOUBLING else base
    return [base, base + "s", doubled + "ed", doubled + "ing"]


CUE_VERBS: frozenset[str] = frozenset(
    [w for b in _CUE_BASES for w in _inflect(b)] + _IRREGULAR
) - {"state", "states", "went", "on", "put", "puts", "begin", "begins", "began", "call", "calls", "question", "answer"}

# Cue verbs strong enough to attribute a full-sentence quote on their own.
# "called"/"described" only attribute the partial quotation they govern.
WEAK_CUES: frozenset[str] = frozenset(
    _inflect("call") + _inflect("describe") + _inflect("dub") + _inflect("label")
    + _inflect("brand") + _inflect("characterize") + _inflect("praise")
    + _inflect("thank") + _inflect("blast") + _inflect("slam") + _inflect("criticize")
    + _inflect("accuse") + _inflect("mock") + _inflect("tout") + _inflect("promise")
    + _inflect("smile") + _inflect("laugh") + _inflect("sigh") + _inflect("worry") + _inflect("fret")
    + ["found", "finds"]
)

# Nouns that carry a quotation: 'in a statement', 'his tweet read'.
CUE_NOUNS: frozenset[str] = frozenset(
    "statement tweet tweets post interview speech remarks letter email "
    "memo op-ed column editorial release".split()
)

# Nouns for what someone said, whose possessor is its speaker: "Smith's claim that …", "Smith's
# most explosive claim is that …", "Smith's assertion of a …".
SPEECH_NOUNS: frozenset[str] = frozenset(
    """claim assertion argument warning conclusion suggestion accusation allegation contention
    insistence pledge vow characterization prediction demand complaint charge phrase mantra motto dictum
    response reply retort answer""".split()
)

# Verbs that frame someone "as" something: "Smith defended his aide as a …" (Smith speaks the phrase).
AS_VERBS: frozenset[str] = frozenset(
    w for b in "defend portray cast dismiss hail depict paint frame deride lambaste denounce decry reject attack".split()
    for w in _inflect(b)
)

# Words that may stand between a subject and its cue verb ("Smith also said").
AUX_ADVERBS: frozenset[str] = frozenset(
    """also later then has had have previously once recently repeatedly
    simply just flatly further again quickly often frequently reportedly
    would will could might may did does do was is were are been be
    never only still even already finally bluntly jokingly famously
    subsequently earlier once more notably""".split()
)

# Leading role words stripped from a person's name into its description.
TITLES: frozenset[str] = frozenset(
    """president vice prime minister secretary senator sen sen. rep rep.
    representative gov gov. governor mayor judge justice chief chairman
    chairwoman chair speaker leader director commissioner general gen gen.
    col col. lt lt. sgt sgt. captain capt capt. adm adm. admiral attorney
    ambassador dr dr. mr mr. mrs mrs. ms ms. miss sir lord lady rev rev.
    reverend pastor father pope king queen prince princess sheriff officer
    professor prof prof. dean deputy assistant press spokesman spokeswoman
    spokesperson candidate nominee former chancellor premier councilman
    councilwoman congressman congresswoman assemblyman assemblywoman
    delegate majority minority whip treasurer comptroller
    lieutenant commander superintendent founder ceo coo cfo executive
    manager strategist adviser advisor analyst economist host anchor
    correspondent columnist editor reporter author sheikh ayatollah emir
    sultan""".split()
)

MALE_TITLES = frozenset("mr mr. sir lord king prince father spokesman chairman congressman "
                        "councilman assemblyman businessman sheikh emir sultan".split())
FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss lady queen princess spokeswoman chairwoman "
                          "congresswoman councilwoman assemblywoman businesswoman".split())
# Heads of an anonymous source that carry a gender ('a young man asked', 'the widow said').
MALE_NOUNS = frozenset("man boy father dad husband son brother grandfather grandson uncle nephew "
                       "widower boyfriend gentleman priest".split())
FEMALE_NOUNS = frozenset("woman girl mother mom wife daughter sister grandmother granddaughter aunt "
                         "niece widow girlfriend actress nun".split())

# Common-noun heads that make a phrase an anonymous human source.
PERSON_NOUNS: frozenset[str] = frozenset(
    """official officials source sources spokesman spokeswoman spokesperson
    aide aides adviser advisers advisor advisors person people insider
    insiders diplomat diplomats businessman businesswoman voter voters
    supporter supporters resident residents member members staffer staffers
    strategist strategists analyst analysts expert experts lawmaker lawmakers
    senator senators officer officers agent agents worker workers employee
    employees executive executives man woman men women attendee attendees
    protester protesters protestor protestors activist activists observer
    observers critic critics friend friends colleague colleague ex-official
    delegate delegates leader leaders politician politicians consultant
    consultants operative operatives donor donors student students veteran
    veterans chairman chairwoman director candidate candidates economist
    economists lawyer lawyers attorney attorneys manager official's
    representative representatives correspondent reporter reporters
    pollster pollsters scientist scientists researcher researchers
    professor professors doctor doctors teacher teachers mother father
    son daughter wife husband parent parents owner owners host author
    organizer organizers volunteer volunteers governor mayor judge
    republican republicans democrat democrats conservative conservatives
    liberal liberals participant participants counterpart
    prosecutor prosecutors investigator investigators detective detectives
    organiser organisers marcher marchers demonstrator demonstrators spectator
    spectators fan fans opponent opponents ally allies backer backers staff
    legislator legislators congressman congressmen justice justices historian
    historians scholar scholars commentator commentators pundit pundits
    journalist journalists editor editors writer writers blogger bloggers
    viewer viewers caller callers citizen citizens immigrant immigrants
    refugee refugees migrant migrants farmer farmers nurse nurses victim victims
    survivor survivors witness witnesses neighbor neighbors neighbour neighbours
    relative relatives nominee nominees ambassador ambassadors envoy envoys
    negotiator negotiators soldier soldiers troops commander commanders
    spokespeople insider independents evangelicals moderator moderators interviewer interviewers
    progressives moderates superdelegates electors lobbyist lobbyists
    advocate advocates campaigner campaigners detractors skeptics sceptics
    child children kid kids boy boys girl girls heckler hecklers user users commenter commenters
    pastor pastors priest priests rabbi rabbis imam imams
    front-runner front-runners frontrunner frontrunners contender contenders challenger challengers rival rivals
    """.split()
)

# Common-noun heads that make a phrase an organisation.
ORG_NOUNS: frozenset[str] = frozenset(
    """campaign agency news newspaper paper magazine network channel council
    committee department ministry government administration office
    company firm group party organization organisation association union
    coalition foundation institute center centre commission board court
    bureau service team camp website site outlet publication report poll
    survey study broadcaster station daily tabloid outlet pac superpac
    super-pac movement alliance federation league embassy authority
    authorities police army military navy senate house congress parliament
    kremlin""".split()
)

# Capitalised words that end an organisation's name ("Fox News", "Post").
ORG_NAME_WORDS: frozenset[str] = frozenset(
    """news times post journal press tribune herald telegraph guardian
    reuters agency network committee party council campaign association
    institute foundation center centre university college department
    ministry office bureau service agency commission inc corp co group
    house kremlin senate congress pentagon cnn msnbc nbc cbs abc fox bbc
    npr ap afp tass ria novosti interfax politico axios breitbart
    bloomberg gallup pac club union coalition""".split()
)

PRONOUNS_MALE = frozenset({"he", "him", "his"})
PRONOUNS_FEMALE = frozenset({"she", "her"})
PRONOUNS_PLURAL = frozenset({"they", "them", "we"})
PRONOUNS_NEUTER = frozenset({"it"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})

# Capitalised words that begin sentences but are never part of a name.
NON_NAME_CAPS: frozenset[str] = frozenset(
    """the a an but and or so yet if when while as at in on of for to from
    by with after before during since until though although however
    meanwhile still also then there here this that these those it its he
    she they we i you his her their our my your what who why how where
    which one two three many some most several all both each every no not
    asked according speaking earlier later last next first instead indeed
    yes well now today tuesday monday wednesday thursday friday saturday
    sunday january february march april may june july august september
    october november december mr mrs ms dr""".split()
)
# Sentence starts once taken for speakers ('Hours later, Trump …', 'Eight years ago, he …'): skipped like
# an introductory phrase when looking for a sentence's subject.
SENTENCE_STARTS: frozenset[str] = frozenset(
    """amid even just only shortly moments minutes hours days weeks months years decades four five six
    seven eight nine ten nobody everybody everyone somebody someone anyone nothing see name holding read
    watch click more less like despite following given without absent maybe was were is are would
    should might because suddenly than nevertheless nonetheless moreover furthermore therefore thus hence
    otherwise besides likewise similarly consequently accordingly regardless ultimately additionally
    perhaps top""".split()
)
# Quantifiers that head a nominal source ('Hundreds of demonstrators chanted', 'Several said'): never names.
QUANTIFIERS: frozenset[str] = frozenset(
    "several many most few some others dozens hundreds thousands millions multiple both".split()
)
NON_NAME_CAPS = NON_NAME_CAPS | SENTENCE_STARTS | QUANTIFIERS

MALE_NAMES: frozenset[str] = frozenset(
    """aaron adam adrian alan albert alex alexander alexei alexey andrew andrey
    andy anthony antonin arnold arthur barack barry ben benjamin bernie
    bill billy bob bobby boris brad bradley brandon brett brian bruce bryan
    carl carlos charles charlie chris christopher chuck clarence cliff clint
    cory craig dan daniel danny darrell dave david dennis derek devin dick
    dmitry dmitri don donald doug douglas duncan dwight earl ed eddie edward
    eric ernest eugene evan frank franklin fred gary gene george gerald
    glenn gordon grant greg gregory hank harold harry henry herman howard
    hugh ian igor ivan jack jacob jake james jared jason jay jeb jeff
    jeffrey jeremy jerry jesse jim jimmy joe joel john johnny jon jonathan
    jose joseph josh joshua juan justin keith ken kenneth kevin kirk kurt
    kyle lamar larry lawrence lee leon lindsey lloyd louis luke lyndon
    marco mark marshall martin matt matthew max michael mike mitch mitt
    mohammed muhammad nathan neil newt nicholas nick nigel noah norman
    oliver orrin pat patrick paul pete peter phil philip ralph rand randy
    ray raymond reince richard rick ricky rob robert robby roger ron ronald
    ross roy rudy rush russell ryan sam samuel scott sean sergei sergey
    seth shawn sherrod stephen steve steven stuart ted terry thomas tim
    timothy todd tom tommy tony travis trey troy tucker tyler vernon victor
    vince vincent vladimir volodymyr walter warren wayne wesley william
    willie xi yuri zach zachary jd corey chad rex reid rahm marco ben
    benny bret sheldon jerome franklin lindsay mikhail nikolai sergey
    pavel alexei viktor emmanuel olaf recep narendra benjamin elon
    marc tad colin ash marcel nate mohamed merrick ari eli enrique glen woodrow brent jorge jonah
    beau arturo nidal jamal sadiq ahmed xavier russ gonzalo luis isaac dylann khizr manuel stan mitchell
    karl simon osama dante moammar geoffrey shinzo matteo whit tamir calvin laquan jeffery geoff sidney
    ferdinand dinesh preet adlai syed peyton felipe marvin nihad federico julian buddy luther lou
    """.split()
)

FEMALE_NAMES: frozenset[str] = frozenset(
    """abigail alice alicia allison amanda amber amy andrea angela ann anna
    anne annie ashley barbara betsy betty beverly brenda brittany carla
    carly carol caroline carolyn catherine cathy cecile charlotte cheryl
    chelsea christina christine cindy claire condoleezza connie crystal
    cynthia dana danielle deborah debbie debra denise diana diane donna
    doris dorothy edith eileen elaine eleanor elizabeth ellen emily emma
    erica erin eva evelyn frances gabrielle gina gloria grace hannah
    heather heidi helen hillary hope huma ivanka jackie jacqueline jane
    janet janice jean jeanne jennifer jessica jill joan joanne jodi joni
    joy joyce judith judy julia julie karen kate katherine kathleen kathy
    katie kay kayleigh kellyanne kelly kim kimberly kirsten kristen lara
    laura lauren linda lisa liz loretta lori louise lucy lynn madeleine
    maggie marcia margaret maria marie marilyn marsha martha mary maxine
    megan meghan melania melissa michele michelle mika mitzi monica nancy
    natalie nicole nikki nina nora olivia pam pamela patricia patty paula
    peggy penny rachel rebecca rebekah regina rita robin rose rosie ruth
    sally samantha sandra sara sarah sharon sheila shirley sonia sophia
    stacey stephanie sue susan suzanne tammy tanya teresa theresa tiffany
    tina tulsi valerie vanessa victoria virginia wanda wendy whitney yvonne
    zoe kamala elena sheryl marine angela theresa ursula giorgia maria
    katrina dana brooke jenna chloe donna hope ruth dianne kirstjen
    marianne claudia megyn elise brigid kelli maya neera dena marla omarosa angie adelle carrie
    janelle gabby mona renee stacy bette""".split()
)

# Places that read like names ('North Korea', 'El Paso'): never a speaker, whatever their shape.
PLACE_NAMES: frozenset[str] = frozenset(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia wisconsin wyoming carolina dakota jersey
    hampshire mexico york washington chicago boston philadelphia cleveland orlando miami atlanta
    denver phoenix detroit houston dallas austin seattle paso vegas milwaukee manhattan brooklyn
    iraq iran syria russia china japan korea india israel germany france britain england
    scotland ireland canada cuba libya egypt turkey ukraine afghanistan pakistan europe asia
    africa america moscow beijing london paris berlin tehran baghdad kabul damascus havana
    jerusalem gaza benghazi brussels tokyo seoul pyongyang mosul aleppo raqqa hook""".split()
)

# Words that are never a verb: prepositions, conjunctions, auxiliaries ('the usual slogan', 'sent to Marsh').
NOT_VERBS: frozenset[str] = frozenset("""of for from at with in on to by about over under into than as and or but
    was were is are be been being has have had that which who""".split())

# Dash tokens, as the tokenizer gives them.
DASHES: frozenset[str] = frozenset(("\u2013", "\u2014", "-", "--"))
