"""The error rules: ``asks-for-job`` and ``personal-salary``.

An informational interview is for learning about a field, so asking the person for
work, or for their own pay, is an error however politely it is put. Each rule is
two layers of plain patterns: known phrasings ("put in a word", "what's your
take-home"), and cues that together make the ask whatever the words: for a job,
something to be hired into, the person's own organisation, and the student (or a
yes/no about openings there); for pay, a word for money and the person as the one
who earns it. Field-level questions (how people find openings, the field's
starting salary) are fair and stay quiet.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from infokit.questions.text import _any, _head

# -- asks for a job --------------------------------------------------------------------
_ORG = (
    r"(?:company|team|firm|organi[sz]ation|org|department|office|group|lab|business|practice|agency|"
    r"hospital|studio|school|unit|place|work|workplace|division|branch|clinic|bank|charity|ministry|"
    r"council|paper|newsroom|side|dept|shop|store|restaurant|cafe|kitchen|warehouse|factory|site|institute|"
    r"centre|center|foundation|consultancy|startup)"
)
_ROLE = (
    r"(?:job|jobs|position|positions|role|roles|internship|internships|placement|placements|vacancy|"
    r"vacancies|"
    r"opening|openings|post|posts|spot|spots|place)"
)
_YOURS = (
    rf"(?:here|there|with you|for you(?: guys| all)?|at your (?:\w+ )?{_ORG}|(?:in|on|at|with|for) your "
    rf"(?:\w+ )?{_ORG}|at your place|your (?:\w+ )?{_ORG})"
)
_FIELD = re.compile(
    r"\b(?:field|industry|area|sector|profession|region|city|country|market|in general|this line)\b"
)
# "hiring" or "recruiting" as the workplace's activity, not as a noun's modifier ("hiring process")
# or a way of choosing ("hiring for attitude")
_NOW_OR_WHO = (
    r"(?!\s+(?:process\w*|managers?|teams?|season|freeze|criteria|practices?|decisions?|panels?|committee|"
    r"stages?|cycles?|rounds?|polic\w+|budgets?|plans?|strateg\w+|events?|drives?|campaigns?|agenc\w+|"
    r"standards?|bar|timelines?|side|for (?:attitude|skills?|fit|culture|potential|experience|personality|"
    r"values))\b)"
)
_JOB_ASK = _any(
    r"\b(?:hire|employ|recruit|consider|interview|take|commission|engage) me\b|\bbook me (?:for|to)\b|"
    r"\b(?:take|taking|took|takes) me on\b|"
    r"\bhook me up\b|"
    r"\b(?:hiring|employing|recruiting|interviewing) me\b|\bconsider (?:taking|hiring|having|bringing) me\b|"
    r"\bset me up with\b",
    r"\b(?:hire|employ|take on|consider|recruit) (?:\w+ ){0,3}(?:like me|with my)\b",
    rf"\b(?:give|get|find|offer|land|help) me (?:to )?(?:get |find |land |with )?(?:a |an |the |any |some )?"
    rf"(?:\w+ )?(?:{_ROLE}|interview|work)\b",
    r"\brefer me (?:for|to (?:the|a|your) (?:hiring|recruit|hr\b))|\brecommend me (?:for (?:a |an |the |"
    r"your )?"
    r"(?:\w+ )?(?:job|role|position|internship|programme|program|placement|scheme|post)|to (?:your|the|a) "
    r"(?:\w+ )?(?:boss|manager|team|hr|recruit\w*|hiring))",
    r"\b(?:mention|flag|suggest|put|name|push|recommend) me (?:forward )?to (?:your|the|a) (?:\w+ )?(?:boss|"
    r"manager|director|employer|company|firm|organi[sz]ation|"
    r"hr\b|recruit\w*|hiring|partners?|head)",
    r"\breferral for (?:a |an |the |any )?(?:job|position|role|opening|internship)",
    r"\bput (?:in )?a (?:good )?word\b|\bput (?:my name|me) forward\b|\bkeep (?:me|my name|my cv|"
    r"my resume) in mind\b",
    r"\bpass(?:ing)? (?:my (?:name|details)|me) (?:along|on)\b",
    r"\bpass(?:ing)? it (?:on |along )?to (?:your|the) (?:\w+ )?(?:manager|boss|hr\b|recruit\w*|hiring)",
    r"\b(?:put|list|name) you (?:down )?as (?:a |my )?(?:referee|reference|referral)\b",
    r"\b(?:meet|meeting|see|seeing|talk to|speak to) me about (?:a|an|the) (?:possible |potential |future )?"
    r"(?:role|job|position|opening|internship|placement|vacancy)\b",
    r"\b(?:chance|opportunity) to work (?:under|for|with|alongside) (?:you|your)\b",
    r"\bif (?:you|u) (?:ever )?hear of (?:anything|something|any (?:\w+ )?(?:openings?|jobs?|roles?|"
    r"positions?|vacanc\w+))",
    r"\binterested to apply\b",
    r"\b(?:take|taking) a chance on (?:me|someone like me|(?:a|an) (?:\w+ )?(?:graduate|student|newcomer|"
    r"junior|beginner))\b",
    rf"\bhelp(?:ing)? out (?:on|with|in|at) your (?:\w+ )?(?:{_ORG}|projects?|team)\b",
    r"\b(?:do|spend|complete) my (?:year in industry|placement year|industrial placement|placement|"
    r"internship|work experience|practice|traineeship) (?:\w+ ){0,2}(?:with|at|in|on) (?:your|you)\b",
    r"\bbring(?:s|ing)? (?:in|on) (?:any )?(?:students|graduates|interns|trainees|juniors|new people)\b|"
    r"\bbring(?:s|ing)? (?:anyone|someone|people|students|graduates) (?:new )?on board\b",
    rf"\b(?:you|your (?:\w+ )?{_ORG})\b.{{0,15}}\bneed (?:a|an|any|some) .{{0,30}}\bwhen i "
    r"(?:graduate|finish|qualify|leave)",
    r"\bgiv(?:e|ing) me (?:a |an )?(?:trial (?:shift|day|period|run)|chance|try|start|shot)\b",
    rf"\b(?:you|your (?:\w+ )?{_ORG})(?: guys)? (?:\w+ )?on the lookout for\b",
    r"\bon your radar\b",
    r"\bif i (?:asked|ask|came|come|wrote|write) (?:to (?:her|him|them) )?about (?:work|a job|jobs|a role|"
    r"openings|vacancies|an internship|a placement)\b",
    r"\bme\b.{0,40}\b(?:turn|lead|become)s? into (?:a |an )?(?:paid |permanent |full-time )?(?:job|role|"
    r"position|offer)\b",
    rf"\b(?:you|your (?:\w+ )?{_ORG})\b.{{0,10}}\b(?:has|have) (?:a |any |some )?(?:place|space|room|opening|"
    r"position)s? for (?:a |an )?(?:junior|trainee|intern|graduate|student|beginner|me)\b",
    r"\b(?:chance|possibility|way) for me to (?:work|intern|join|start|do (?:a |an |my |some )?(?:practice|"
    r"internship|placement|traineeship|work experience))\b",
    rf"\b(?:do|does|would|will) (?:you|your (?:\w+ )?{_ORG}) (?:\w+ )?have (?:anything|something|a place|"
    r"room|space) for (?:me|a|an)\b",
    r"\b(?:schemes?|programmes?|programs?)\b[^.?!]{0,20}\bi (?:could|can|might) (?:apply|go) for\b",
    r"\bwho(?:m)? (?:should|do|can|could) i (?:address|direct|send|give|email) (?:my )?(?:cv|resume|"
    r"application)",
    rf"^(?:do|does|did|would|will|are|is) (?:you|your (?:\w+ )?{_ORG})(?: guys)? (?:ever |still |currently )?"
    r"(?:take on|taking on|hire|hiring|recruit|employ|accept|need)\b.{0,40}\b(?:volunteers|interns|trainees|"
    r"students|graduates|staff|juniors|assistants|people like me|someone like me|help)\b",
    rf"\b(?:are|is) (?:you|your (?:\w+ )?{_ORG})(?: guys| all)?(?: currently| still| now)? "
    rf"(?:hiring|recruiting)\b{_NOW_OR_WHO}",
    r"\b(?:let|tell) me know (?:if|when|about|whether)\b.{0,40}\b(?:opens? up|comes? up|becomes? available|"
    r"openings?|vacanc\w*|(?:any|an?) (?:\w+ )?(?:jobs?|roles?|positions?|internships?|placements?))",
    rf"\b(?:when|if) (?:a|an|any)\b.{{0,25}}\b{_ROLE}\b.{{0,30}}\b(?:opens?|opened|comes? up|came up|"
    r"becomes? available|became available)\b",
    r"\b(?:introduce|connect|put) me (?:in touch )?(?:to|with)\b.{0,45}\b(?:hiring|hires|recruit\w*|hr\b|"
    r"human resources|talent|about a job)",
    r"\bmy (?:chances?|odds)(?: be)? of (?:getting|being|landing) (?:hired|taken on|in\b|(?:a|an) (?:\w+ )?"
    r"(?:job|offer|position|role|internship|placement|interview|spot|place)\b)",
    rf"\b(?:{_ROLE}|anything|something|work|a place|room|a spot) (?:available |open )?for (?:me|"
    rf"someone like me)\b",
    r"\broom for (?:an? )?(?:intern|trainee|student|junior|assistant|me)\b",
    r"\bi(?:'m| am) (?:looking|searching|hunting) (?:for )?(?:a |an |some )?(?:\w+ )?(?:job|position|role|"
    r"work|internship|placement)\b",
    rf"\b(?:{_ROLE}|contracts?|commissions?|gigs?|tenders?|shifts)\b[^.?!]{{0,40}}\bi (?:could|can|might) "
    r"(?:apply|fill|take|get|bid|pitch|do|pick up|cover)\b",
    rf"\bi\b(?:(?!\byou\b)[^.?!]){{0,30}}\b(?:apply|get hired|be hired|being hired|work|working|intern|start|"
    r"freelance|volunteer|temp|write|pitch|"
    rf"join|(?:get|land) (?:a |an )?(?:job|role|position|internship|placement))\b (?:\w+ )?{_YOURS}",
    rf"\b(?:i|me)\b(?:(?!\byou\b)[^.?!]){{0,30}}\b(?:apply|applied|applying|get hired|be hired|being hired|"
    r"taken on)\b"
    rf"[^.?!]{{0,30}}\b(?:here|there|your (?:\w+ )?{_ORG}|you)\b",
    r"\b(?:get|getting|land|landing|find|have) (?:a |an )?(?:\w+ )?(?:job|role|position|internship|placement|"
    r"interview|spot|place) "
    r"(?:on|at|in|with|for) (?:your|you)\b(?! (?:field|industry|sector|profession|area|line of work)\b)",
    rf"\b(?:a|an|any|some)\s+(?:\w+ )?(?:job|role|position|internship|placement)s? {_YOURS}\b",
    r"\b(?:arrange|set up|get|organi[sz]e|book) (?:me )?(?:a |an )?(?:job )?interview\b(?! for my)",
    r"\b(?:hiring manager|recruiter|hr\b|human resources)\b.{0,40}\b(?:my (?:cv|resume|application|name))|"
    r"\bmy (?:cv|resume|application)\b.{0,60}\b(?:hiring manager|recruiter|hr\b|human resources|"
    r"future openings|on file)",
    r"\b(?:send|email|give|hand) (?:my )?(?:cv|resume|application) to\b|\bwho(?:m)? (?:should|do|can) i "
    r"(?:send|give|email) (?:my )?(?:cv|resume|application)",
    r"\bhow (?:can|do|could|would|should) i (?:apply|get hired|get in)\b(?! to (?:study|university|grad))",
    r"\b(?:work for|join) your (?:\w+ )?" + _ORG + r"\b.{0,30}\b(?:how|apply|after)|\bi would love to work "
    r"(?:for|with) (?:you|your)\b",
    r"\bif (?:you have|there is) (?:some|any) (?:job|work|position|role) for me\b",
    r"\bplease,? (?:you can )?(?:give|consider) me\b|\bconsider me for\b",
    # who or where to send a CV or application to, however the sentence is ordered
    r"^(?:who|whom|where|which (?:person|address|email))\b.{0,50}\b(?:send|submit|email|forward|direct|"
    r"address|"
    r"give|hand|pass) (?:in )?(?:my |a |an |the |our )?(?:cv|resume|résumé|application|portfolio)s?\b",
    # the student landing an offer or contract from them
    r"\b(?:me|i)\b.{0,25}\b(?:get|getting|land|landing|receive|secure|win) (?:an? |the )?(?:job |permanent |"
    r"graduate |full-time )?(?:offer|contract)\b.{0,30}\b(?:you|your|here|there)\b",
    # a trial shift or day asked for
    r"^(?:any|is there|are there|could i|can i|might i|may i|would|will|do you|"
    r"does)\b.{0,40}\btrial (?:shift|day|"
    r"week|period|run)s?\b",
    # their team could use or need someone like the student
    r"\b(?:use|need|want|take|fit in|find room for|make room for) (?:someone|somebody|a person|people|"
    r"anyone|an? "
    r"\w+)(?: \w+)? (?:like me|with my|of my)\b",
    # asking to be told, or looked out for, about openings
    r"\bkeep an eye out for (?:\w+ ){0,3}(?:openings?|roles?|jobs?|positions?|vacanc\w+|internships?|"
    r"placements?|"
    r"me)\b",
    r"\bso (?:that )?i (?:can|could|might|may) (?:apply|send (?:you |in )?my|submit|put in an application)\b",
    r"\b(?:hiring|recruit\w*|applications|hires)\b.{0,40}\bso (?:that )?i (?:can|could|might|may)\b",
    # remembered when a need or vacancy comes, or found something
    r"\bif\b.{0,60}\b(?:think of|remember|bear in mind|consider|call) me\b|\b(?:think of|"
    r"remember) me (?:if|when|for)\b",
    r"\b(?:find|give|offer|get) me (?:something|anything) (?:to do|for the (?:summer|holidays)|going|"
    r"(?:at|in|on|with) (?:your|you|the team))\b|"
    r"\b(?:anything|something) for (?:a |an )?(?:\w+ ){0,2}"
    r"like (?:me|myself)\b",
    r"\b(?:help me|get me) (?:to )?(?:get |break )?(?:into|in at|in with) (?:your|ur|you)\b",
    r"\b(?:have|get|advertise|post) (?:a|an|any) (?:\w+ )?(?:vacanc\w+|opening|position|role|job|"
    r"internship|placement)s?\b"
    r".{0,40}\b(?:tell|let|email|contact|inform|call|message) me\b",
    # the student taken on in a named capacity: "having me as an intern"
    r"\bme (?:on )?as (?:a|an|your) (?:\w+ )?(?:intern|trainee|assistant|apprentice|junior|volunteer|"
    r"employee|"
    r"member of staff|placement student|new hire|hire)\b",
)
# Issue 12, second round: the same asks in the shapes other writers use. Each pattern names a
# shape, not a phrasing: who is doing the hiring can be any of their workplaces ("your bakery",
# "the orchestra", "you lot"), and what they hire can be any kind of worker.
_NOT_A_WORKPLACE = (
    r"(?!(?:field|industry|sector|profession|market|area|world|country|job|role|work|position|career|day|"
    r"pay|process|hiring|recruitment)\b)"
)
_SUBJECT = (
    rf"(?:you(?: guys| lot| all| folks)?|(?:your|ur) {_NOT_A_WORKPLACE}(?:[\w-]+ ){{0,2}}?{_NOT_A_WORKPLACE}"
    rf"[\w-]+|the {_NOT_A_WORKPLACE}(?:[\w-]+(?:us|ss)|[\w-]+(?<!s)))"
)
_PLAIN = r"(?!(?:to|with|about|for|on|in|of|and|or|the|your|their|other|from|at)\b)"
_NOT_CLIENTS = (
    r"(?!(?:customers|users|members|partners|suppliers|buyers|readers|viewers|listeners|followers|others|"
    r"subscribers|answers|offers|papers|orders|numbers|computers|printers|servers|letters|chapters|matters|"
    r"markets|centers|owners|shareholders|lenders|investors|donors|funders|sellers|providers|competitors)\b)"
)
_WORKERS = (
    rf"(?:(?:{_PLAIN}[\w-]+ ){{0,3}}?(?:interns?|trainees?|apprentices?|students?|graduates?|grads|juniors?|"
    r"workers?|staff|carers?|helpers?|hands|assistants?|extras|volunteers?|anyone|anybody|someone|somebody|"
    r"candidates?|new hires|recruits|starters|temps?|freelancers?|labou?rers|crew|employees|people like me|"
    rf"{_NOT_CLIENTS}[\w-]+ers|[\w-]+ists))\b"
)
_NOTIFY = (
    r"(?:let me know|drop me (?:a line|an email|a note|a message|a text)|give me a (?:shout|call|ring|"
    r"heads[- ]up)|ping me|(?:e-?mail|message|text|contact|call|alert|notify|inform) me|keep me (?:posted|"
    r"informed|updated|in the loop|on file)|(?:keep|hold|file|save|hang on to|hold on to) (?:on to |onto )?"
    r"my (?:[\w-]+ )?(?:details|name|cv|resume|résumé|number|email|contact details|portfolio|application))"
)
_VACANCY = (
    r"(?:opens? up|opened up|comes? up|came up|becomes? available|advertis\w*|(?:is|are|starts?) (?:hiring|"
    r"recruiting)|recruits?\b|hires?\b|openings?|vacanc\w*|(?:an?|any|new|future|upcoming|suitable|open) "
    r"(?:[\w-]+ )?(?:jobs?|roles?|positions?|posts?|spots?|internships?|placements?)\b)"
)
_JOB_ASK_SHAPES = _any(
    # their workplace, any word for it, hiring or in need of workers: asked or embedded in "if"
    rf"(?:^|\b(?:if|whether)\s+)(?:(?:is|are|r)\s+)?{_SUBJECT}\s+(?:is\s+|are\s+|r\s+)?(?:currently\s+|"
    rf"still\s+|now\s+|ever\s+)?(?:hiring|recruiting|auditioning|casting){_NOW_OR_WHO}",
    rf"(?:^|\b(?:if|whether)\s+)(?:(?:is|are|r)\s+)?{_SUBJECT}\s+(?:is\s+|are\s+|r\s+)?(?:currently\s+|"
    rf"still\s+|now\s+)?(?:looking for|needing|in need of|taking on)\s+(?:an?\s+|any\s+|some\s+|more\s+|"
    rf"new\s+)?{_WORKERS}",
    rf"^(?:do|does|did|would|will|could|can|might)\s+{_SUBJECT}\s+(?:ever\s+|still\s+|currently\s+|"
    rf"sometimes\s+)?(?:hire|recruit|take on|accept|audition|cast|have room for)\s+(?:an?\s+|any\s+|some\s+|"
    rf"more\s+)?{_WORKERS}",
    rf"\b(?:if|whether)\s+{_SUBJECT}\s+(?:ever\s+|still\s+)?(?:hires|recruits|takes on|"
    rf"accepts)\s+(?:an?\s+|any\s+|some\s+|more\s+)?{_WORKERS}",
    # a place or opening of any kind at their workplace asked for in a fragment
    rf"^(?:a|an|any)\s+(?:[\w-]+ )?(?:{_ROLE}|slot|traineeship|apprenticeship|pupillage)s?\s+(?:at|with|"
    r"in|on)\s+(?:your|ur)\b",
    # notify me, or keep my details, for when something opens or is advertised
    rf"\b{_NOTIFY}\b.{{0,60}}\b(?:if|when|whenever|in case|should|once|as soon as|for|the moment)\b"
    rf".{{0,50}}\b{_VACANCY}",
    r"\b(?:keep|have|put|hold) (?:me|my (?:[\w-]+ )?(?:name|details|cv|resume|résumé|portfolio)) on "
    r"(?:file|record|your books|the books|your list|the list)\b",
    # a referral for a role, however the verb is inflected
    r"\brefer(?:s|red|ring)? me\b(?:\s*[?.!]*$|\s+(?:for|internally|inside|within|in\b|"
    r"to (?:your|ur|the|a|an) "
    r"(?:[\w-]+ )?(?:hiring|recruit\w*|hr\b|human resources|manager|boss|team|company|firm|department|"
    r"partners?|head|director)))",
    # telling the people who hire about the student
    r"\b(?:tell|mention|talk to|speak to|email|recommend|introduce)\b(?: \w+){0,2} (?:your|ur|the) "
    r"(?:[\w-]+ )?(?:boss|manager|director|editor|supervisor|partners?|head|hr|recruiters?|producer|"
    r"hiring \w+)\b (?:about|of) me\b",
    # the student put before someone who hires, commissions or casts
    r"\b(?:arrange|set up|organi[sz]e|fix|help|introduce|connect|put|get)\b.{0,20}\bme\b.{0,30}\b(?:meet|"
    r"talk to|speak (?:to|with)|chat (?:to|with)|in touch with|to|with)\b.{0,40}\b(?:who|that) (?:recruits|"
    r"hires|commissions|casts|books|signs|takes on|"
    r"does (?:the )?(?:hiring|recruiting|recruitment|casting))\b",
    # the student's work passed on to their side
    r"\b(?:forward|forwarding|pass|passing|send|sending|show|showing|share|sharing|give|giving|hand|handing) "
    r"(?:on |along )?my (?:[\w-]+ )?(?:portfolio|showreel|reel|demo|cv|resume|résumé|application|"
    r"work samples|samples|headshots?)\b(?:(?!\b(?:feedback|comments?|opinion|thoughts|critique|look over|"
    r"advice)\b).){0,40}\b(?:to|with) (?:your|ur|whoever|the (?:people|person|team) (?:who|that)|someone "
    r"(?:who|at|in|on))\b",
    # a workplace offering the student something to be trained or hired into
    rf"\b(?:offer|offering|offered) me (?:a |an |the |some )?(?:[\w-]+ )?(?:{_ROLE}|pupillage|traineeship|"
    r"apprenticeship|training contract|clerkship|residency|contract|commission|gig|trial|tenancy)\b",
    r"\b(?:for|get) (?:your|ur|the) (?:[\w-]+ )?(?:\w+ )?to (?:offer|give) me\b",
    # the student's chances of getting through their selection
    r"\b(?:i'd|i would|i'll|i will|i could|i might)\b.{0,20}\b(?:get through|make it through|get past|"
    r"get selected|be selected|get shortlisted|be shortlisted|get picked|make the cut|stand a chance)\b"
    r".{0,15}\b(?:your|ur)\b",
    r"\bhow (?:do|can|could|would|might) i get (?:on|onto) (?:the|your|ur|their) (?:[\w-]+ )?(?:list|books|"
    r"roster|register|panel|shortlist|bank|rota)\b",
    # shadowing or a trial as a way into a job
    r"\b(?:me|i|my)\b.{0,40}\b(?:trial|try-?out|audition|test run)\b.{0,15}\b(?:for|to|towards|into) (?:a |"
    r"an |the |your |some )?(?:[\w-]+ )?(?:job|role|position|post|place|spot|opening|contract|permanent)\b",
    r"\b(?:me|i|my)\b.{0,40}\bwith a view to (?:a |an |me )?(?:job|role|hiring|being hired|joining|"
    r"employment|taking me on|getting hired)\b",
    # a yes/no about their taking on, using or being after one more worker
    rf"^(?:is|are|would|could|will|does|do|might|can)\b(?=.{{0,40}}\b{_SUBJECT}\b).{{0,60}}"
    rf"\b(?:take on|hire|recruit|bring on|bring in|have (?:any |a )?use for|after|room for)\s+(?:an?|any|"
    rf"another|more|some|a new)\s+{_WORKERS}",
    rf"^(?:could|would|might|can)\s+{_SUBJECT}\s+(?:\w+\s+)?use\s+(?:an?|another|some|a new)\s+{_WORKERS}",
    # shifts or work going at their place
    r"^(?:(?:have you |you (?:guys )?)?got|any|are there|is there|do you have|does your \w+ have)\b.{0,30}"
    r"\b(?:shifts?|hours|work|jobs?|roles?|spots?|places?|positions?|posts?|gigs?) (?:going(?! on)|available|"
    r"free|open)\b",
    # the student flagged to whoever hires, books or runs the intake
    r"\b(?:flag|mention|pass|recommend|put|introduce|forward|send)\b (?:me|my name|my details|my profile)"
    r"(?: forward| on| along)? to (?:whoever|the (?:[\w-]+ )?(?:person|people|partner|manager|lead|head|team|"
    r"one)|someone|anyone)\b.{0,40}\b(?:hir\w+|recruit\w*|intake|casts?|casting|books|booking|"
    r"commissions?|commissioning|talent|placements?|internships?|vacanc\w+)",
    # something the student does with them leading to a job
    r"\b(?:i|me|my)\b.{0,60}\b(?:could|would|might|will|can|does|do)\b (?:that|it|this) (?:ever )?"
    r"(?:lead|turn|become)\w* (?:in)?to (?:a |an )?(?:paid |permanent |full-time )?(?:job|role|position|"
    r"offer|contract)\b",
    # the student helped into their workplace, or given a trial with them
    r"\b(?:help|get|bring) me (?:to )?(?:enter|join|start (?:at|with|in)|work (?:at|in|for|with)|"
    r"come in(?:to)?)\b.{0,10}\b(?:your|ur|you)\b",
    r"\b(?:i|me)\b.{0,20}\btrial (?:with|for|at|on) (?:your|ur|you)\b",
    # the student's application made sure of, by the person asked
    r"\byou\b.{0,30}\bmy (?:cv|application|portfolio|resume|résumé|name|details) (?:gets?|is|being|will be) "
    r"(?:seen|read|looked at|noticed|considered|passed on|put forward)\b",
    # the student wanting to apply to them, said outright
    r"\b(?:i'd|id|i would|i'm|i am|i really|i)\s+(?:really\s+)?(?:love|like|want|keen|hoping|hope|plan|"
    r"planning|intend)\s+(?:to\s+)?apply(?:\s*[?.!]*\s*$|\s+(?:here|there|to (?:you|your|ur)\b|"
    r"at (?:your|ur)\b|"
    r"with (?:you|your|ur)\b|for (?:a |an |the |any )?(?:[\w-]+ )?(?:job|role|position|post|opening|vacancy|"
    r"internship|placement)s? (?:at|with|in|on) (?:your|ur)\b))",
)
# their side in need of a hand: a job ask when the student offers the hand (see ``asks_for_job``)
_NEEDS_A_HAND = re.compile(
    rf"\b(?:if|whether|when|whenever) {_SUBJECT} (?:ever )?(?:needs?|could use|wants?) (?:a hand|an extra "
    r"(?:pair of )?hands?|extra hands|cover|help|someone|anyone)\b"
)
_OFFERED = re.compile(r"\b(?:me|i|i'd|i'm|i could|i can)\b")
_HIRING = re.compile(
    rf"^(?:are|is|will|would) (?:you|you guys|you all|your (?:\w+ )?{_ORG}|anyone|someone|anybody|the "
    rf"(?:\w+ )?{_ORG}|(?:anyone|someone|anybody) (?:on|in|at) your (?:\w+ )?{_ORG})(?: currently| still|"
    rf" now)? "
    rf"(?:hiring{_NOW_OR_WHO}|recruiting{_NOW_OR_WHO}|"
    rf"(?:taking on|taking)(?=\s*[?.!,]|\s*$|\s+(?:an?\s+|any\s+|"
    rf"more\s+|new\s+|some\s+)?{_WORKERS})|looking for (?:new |more |any |an? )?(?:\w+ )?(?:graduates|"
    r"interns|"
    r"staff|people|students|candidates|hires|someone|employees|assistants?|trainees?|juniors?|help)|"
    r"(?:have|offering|going to have) (?:any )?(?:\w+ )?(?:internships|openings|vacancies|jobs|roles))\b"
)
_TAKES = re.compile(
    rf"\b(?:you|your (?:\w+ )?{_ORG}|the (?:\w+ )?{_ORG})\b.{{0,10}}\b(?:take|takes|taking|hire|hires|hiring|"
    r"accept|accepts|recruit|recruits|offer|offers|have|has)\s+(?:on\s+)?(?:any\s+|summer\s+|new\s+|"
    r"student\s+|an?\s+|unpaid\s+|paid\s+)*"
    r"(?:interns?|internships|trainees?|students|graduates|apprentices?|placements)\b"
)
_AVAILABLE = re.compile(
    r"^(?:(?:have you |you (?:guys |all )?)?got|have|any(?: chance of)?|are there(?: any)?|"
    r"is there(?: any| some)?|"
    r"(?:\w+ )?(?:internships?|vacanc\w+|openings?|jobs?|positions?|roles?|placements?)\b)\b.{0,30}"
    r"\b(?:openings?|vacanc\w+|internships?|positions?|roles?|jobs?|placements?|hiring)\b"
)
_FIELD_LEVEL = re.compile(
    r"\b(?:how (?:do|does|did|would) (?:\w+ ){0,2}(?:people|graduates|students|newcomers|most|they|others|"
    r"firms|companies|employers|organi[sz]ations)|in (?:this|the|your) (?:field|industry|sector|profession|"
    r"line of work)|in general|usually|typically|tend to)\b"
)
_HIRING_FRAGMENT = re.compile(r"^hiring\b")
_OPENING = re.compile(
    r"\b(?:openings?(?! hours| times)|vacanc(?:y|ies)|open (?:positions?|roles?)|internships?|placements?|"
    r"(?:jobs?|positions?|roles?|posts?) (?:available|going|open|coming up))\b(?! students| year| programme)"
)
_FOR_ME = re.compile(
    rf"\b(?:your (?:\w+ )?{_ORG}|here|with you|do you have|does your|for me|i (?:could|can|might) "
    r"(?:apply|fill|take|get))\b"
)
_RESUME = _any(
    r"\b(?:pass|forward|send|sent|email|emailed|give|hand|share|circulate|submit|take|keep|"
    r"hold)\b[^.?!]{0,25}"
    r"\bmy (?:resume|"
    r"résumé|cv|application)\b",
    r"\bmy (?:resume|résumé|cv|application) (?:to|with|on to|along to) (?:your|the) (?:hiring|hr\b|recruit|"
    r"manager|boss|team)",
    r"\bsend (?:you )?my (?:resume|résumé|cv)\b",
)
_FEEDBACK = re.compile(
    r"\b(?:feedback|comments?|suggestions?|improve|critique|look over|review|stronger|advice|convincing)\b"
)


# Cues that together make a job ask, however it is worded: something to be hired into (or a
# need for staff), the interviewee's own organisation, and the student (or a yes/no about openings).
_JOB_THING = re.compile(
    r"\b(?:jobs?|roles?|positions?|posts?|vacanc\w+|openings?|internships?|placements?|trainee\w*|"
    r"apprentice\w*|interns?|juniors?|assistants?|receptionists?|temps?|freelancers?|volunteers?|staff|"
    r"hires?|"
    r"hired|hiring|recruit\w*|"
    r"employ\w*(?! (?:many|how|about|around|roughly|over|more than|across|\d))|interviews?|"
    r"applications?|applicants?|cv|resume|résumé|portfolio|"
    r"references?|referees?|referrals?|recommendations?|trial day|work experience|leads|"
    r"graduate (?:programme|"
    r"program|scheme)s?|apprenticeship|considered)\b|"
    r"\bneeds? (?:anyone|someone|somebody|an? (?:\w+ )?(?:assistant|intern|trainee|junior|volunteer|"
    r"helper))\b|"
    r"\b(?:something|anything) (?:comes|opens) up\b|\b(?:short|in need) of (?:hands|staff|people)\b|"
    r"\b(?:extra|spare) (?:pair of )?hands\b|\bfoot in the door\b|\bget (?:me )?in\b|\btaken on\b|"
    r"\b(?:take|taking|takes) (?:me |students |graduates |people |anyone )?on\b(?! (?:more |new |extra |"
    r"bigger |big |any |too much |a lot )?(?:projects?|responsibilit\w+|clients?|cases?|tasks?|challenges?|"
    r"risks?|debt|work(?!\s+experience)|too much|a lot)\b)|\b(?:join|joining|"
    r"become part of|be "
    r"part of) (?:your|the|ur|that|it|this|them)\b|\b(?:shortlist|intake|talent pool)\b|\bjoining\b|"
    r"\b(?:a place|a spot|room|work|anything) (?:for|on) (?:me|a "
    r"student|students|your)\b|\bhave (?:any |some )?work for\b|\blooking for work\b|\bwork (?:for|with|at|"
    r"in) "
    r"(?:you|your|ur)\b|\binterested in (?:me|someone (?:like me|with my))\b|"
    r"\binterested in (?:my|me)(?: \w+)? (?:pitch\w*|portfolio|cv|resume|application|services|writing)\b|"
    r"\b(?:consider|think of|keep) me\b|\bmy (?:details|name|cv|resume|portfolio|application)\b"
)
_THEIR_PLACE = re.compile(
    rf"\b(?:your|ur) (?:\w+ )?(?:{_ORG}|boss|manager|director|editor|supervisor|producer|principal|partners?|"
    r"hr|recruiters?|programme|program|scheme|"
    r"project|list|intake|shortlist|books|talent pool|head of \w+|hiring (?:team|manager|panel)|firm's|"
    r"company's)\b|\b(?:the|this) "
    r"(?:company|team|firm|organi[sz]ation|department|office|lab|practice|agency|studio|clinic|hospital|"
    r"newsroom|business|bank|charity)\b|\b(?:where you work|on your side|your place|you guys|at yours|here|"
    r"there|hr|human "
    r"resources|recruitment|hiring manager)\b|^(?:do|does|did|would|will|could|can|might) you (?:guys )?"
    r"(?:ever )?(?:have|need|take on|hire|offer|want|use|(?:let|allow|invite|welcome|"
    r"accept) (?:\w+ )?(?:students|"
    r"graduates|people|someone|anyone|interns|trainees|volunteers|juniors))\b"
)
_SELF = re.compile(
    r"\b(?:i|i'm|i'd|me|my|myself|someone like me|someone with my|for (?:a|an) (?:student|grad|graduate|"
    r"recent graduate|intern))\b"
)
_AVAILABLE_ASK = re.compile(
    r"^(?:is|are|was|were|do|does|did|will|would|could|can|has|have|might|any|got)\b|"
    r"\b(?:going to (?:hire|recruit|take)|need(?:s)? (?:anyone|someone|somebody|an? \w+|help|more \w+)|"
    r"looking for (?:anyone|someone|an? \w+)|still open|take on|taking on|(?:comes?|opens?) up|"
    r"(?:is|are) (?:hiring|recruiting))\b"
)
_NOT_AN_ASK = re.compile(
    r"\b(?:your (?:field|industry|profession|sector|line of work|area)|in (?:this|the|your) (?:field|"
    r"industry|profession|sector|area)|how (?:did|do|does|would) (?:you|people|they|graduates|most|the|your)|"
    r"when you were hired|your (?:first|current|last) (?:job|role)|"
    r"what (?:do|did|does) \w+ (?:look|ask)|look for|tend to|process|usually|typically|feedback|look over|"
    r"improve|stronger|convincing|before (?:they|you) (?:are|were|get|got)|what kind of (?:work|people|"
    r"projects))\b"
)
_POLITE = re.compile(
    r"\b(?:if you don't mind (?:me|my) asking|(?:don't )?mind (?:me|my) asking|if i (?:may|can|might) ask|"
    r"(?:may|can|could) i ask|let me ask|excuse me|if i'm honest|i hope|i was wondering|i wonder|"
    r"i(?:'d| would) (?:like|love) to (?:know|ask|hear)|i(?:'m| am) curious|i(?:'d| would) be interested to "
    r"(?:know|hear))\b"
)


def _job_cues(low: str, heads: list[str]) -> bool:
    low = _POLITE.sub(" ", low)
    if not (_JOB_THING.search(low) and _THEIR_PLACE.search(low)) or _NOT_AN_ASK.search(low):
        return False
    if any(_SELF.search(part) and _JOB_THING.search(part) for part in _CLAUSE.split(low)):
        return True
    return "like yours" not in low and any(_AVAILABLE_ASK.search(h) for h in heads)


_CLAUSE = re.compile(r"[,;:]|\b(?:so|but|and then|because)\b")


_HOW_PEOPLE = re.compile(
    r"\bhow (?:do|did|does|would) (?:\w+ ){0,2}(?:people|you|staff|employees|graduates|they|colleagues)\b"
)


def asks_for_job(text: str, segments: list[str]) -> bool:
    """Whether the question asks the person for a job, an opening, a referral or to pass on a CV."""
    low = text.lower()
    heads = [_head(s).lower() for s in segments]
    if _JOB_ASK.search(low) or any(_HIRING.match(h) or _HIRING_FRAGMENT.match(h) for h in heads):
        return True
    if _NEEDS_A_HAND.search(low) and _OFFERED.search(_NEEDS_A_HAND.sub(" ", low)):
        return True
    if not _FIELD_LEVEL.search(low) and (
        _JOB_ASK_SHAPES.search(low) or any(_JOB_ASK_SHAPES.match(h) for h in heads)
    ):
        return True
    if _job_cues(low, heads):
        return True
    if _TAKES.search(low) and not _NOT_AN_ASK.search(low):
        return True
    if any(_AVAILABLE.match(h) for h in heads) and not _FIELD.search(low):
        return True
    if _RESUME.search(low) and not _FEEDBACK.search(low):
        return True
    for match in _OPENING.finditer(low):  # an opening at their organisation, or for the student
        own = re.search(r"\byour (?:\w+ )?$", low[max(0, match.start() - 16) : match.start()])
        if not own and _FOR_ME.search(low) and not (_HOW_PEOPLE.search(low) or _NOT_AN_ASK.search(low)):
            return True
    return False


# -- personal salary -------------------------------------------------------------------
_MONEY = (
    r"(?:make|making|earn|earning|get paid|getting paid|take home|taking home|bring home|bringing home|"
    r"bring in|bringing in|pull in|pulling in|charge|charging|clear|clearing|get|receive)"
)
_PAY = (
    r"(?:salary|salaries|pay|paycheck|paycheque|income|wages?|earnings|compensation|compensation package|"
    r"hourly rate|day rate|rate of pay|pay packet|bonus|raise|take-home|take home|pay rise|salary band|"
    r"pay grade|pay band|rate)"
)
_PAY_MOD = (
    r"(?:own |current |annual |yearly |monthly |weekly |hourly |starting |base |basic |actual |gross |net |"
    r"total |personal |first |new )?"
)
_AMOUNT = (
    r"(?:(?:good|decent|big|great|ok|okay|reasonable|proper|serious|a lot of|much|more|less|over|"
    r"under|around|about|roughly|more than|less than|at least|close to|nearly|above|below) )?"
    r"(?:money|\w+ figures|figures|(?:the )?minimum wage|the minimum|"
    r"a (?:good|decent|living|fair|high|low) (?:wage|salary)|"
    r"[£$€]?\d|[a-z]+ (?:thousand|grand|k)\b|the (?:higher|lower|top|bottom) end of (?:the |your )?(?:pay|"
    r"salary|wage) (?:scale|band|range)|(?:a |the )?(?:top|higher|lower) (?:pay|salary) (?:band|grade|scale))"
)
_SALARY = _any(
    # Issue 12, second round: the person's own pay in other writers' words
    rf"\b(?:(?:are|were|r) (?:you|u)|you(?:'re| are)) (?:still |now |currently |already )?on {_AMOUNT}",
    r"\byou(?:'re| are) (?:still |now |currently |already )?on (?:a |an )?(?:\w+ ){0,2}(?:salary|wage)\b"
    r"(?! (?:review|panel|committee|negotiation|survey|scale review)s?\b)",
    r"\byour hourly\s*(?:[?.!]|$)",
    r"\bwhat(?:'s| is| was)\b.{0,25}\b(?:pay|money|salary|wages?|income|earnings)\b(?: like)? for you\b",
    r"\b(?:money|pay|salary|wages?)\b.{0,10}\btreating you\b",
    r"\b(?:you|u) (?:feel|felt|consider yourself|think you(?:'re| are)|say you(?:'re| are)|"
    r"would say you(?:'re| are)) (?:\w+ )?(?:well|fairly|badly|poorly|under|over|decently|"
    r"properly|adequately)[- ]?(?:paid|compensated|rewarded)\b",
    r"\byour\b[^?]{0,60}\bhow (?:much|well) (?:did|does|do|would|will) (?:it|that|they|this) pay\b",
    r"\b(?:did|does) (?:the|that) (?:job|role|gig|position|post) pay (?:you )?(?:well|much|enough|decently|"
    r"badly|poorly|ok|okay|a lot|good money)\b.{0,30}\byou\b",
    rf"\bhow much (?:money )?(?:do|did|does|are|were|would) you (?:\w+ )?(?:{_MONEY}|paid)\b",
    rf"\bhow much you (?:\w+ )?(?:{_MONEY}|are paid|get paid|earn|make)\b",
    rf"\bhow much (?:is|was) (?:your|ur) {_PAY_MOD}{_PAY}\b",
    r"\bwhat (?:do|did) you (?:\w+ )?(?:earn|get paid|take home|bring home|charge)\b",
    r"\bwhat (?:do|did) you make\b(?! of)(?! with)",
    r"\bwhat you (?:\w+ )?(?:earn|make|take home|get paid|are paid|charge)\b(?! of)",
    rf"\byour {_PAY_MOD}{_PAY}\b",
    r"\b(?:are|were) you (?:\w+ )?(?:paid|compensated)\b|\byou(?:'re| are| were) (?:\w+ )?(?:paid|"
    r"compensated)\b",
    r"\b(?:do|did) you (?:\w+ )?(?:get )?paid\b",
    r"\b(?:do|did) you (?:\w+ )?(?:make|earn) (?:good|decent|enough|a lot|much|more|less|six|big)\b",
    r"\byou (?:\w+ )?(?:earn|make) (?:more|less) than\b",
    rf"\byou (?:\w+ )?(?:earn|make|get|receive|draw) (?:a |an )?(?:good |decent |high |big |low |nice |fair |"
    rf"reasonable |six-figure )?{_PAY}\b",
    r"\b(?:are|were) you on (?:a |an )?(?:\w+ )?(?:salary|wage|pay)\b",
    r"^what (?:are|were) you on\b(?! about)",
    r"\b(?:salary|pay) (?:band|grade|scale|bracket|level) (?:are|were) you\b",
    r"\b(?:bonus|raise|pay rise|rise|increase|pay increase) (?:did|do|have) you (?:get|receive|got)\b",
    r"\byou (?:\w+ )?(?:get|got|receive|received) (?:a |any )?(?:pay rise|raise|bonus|pay increase)\b",
    r"\b(?:someone|somebody|people|anyone|a person|a person) (?:at|in|on) your (?:exact )?(?:level|position|"
    r"grade|band|role|job)\b.{0,30}\b(?:earn|make|take home|paid|get paid|salary)",
    r"\b(?:salary|pay|wage) (?:for|of|in) your (?:job|role|position)\b",
    r"\b(?:does|do) (?:your|the) (?:\w+ )?(?:job|role|company|employer|firm|work) pay you\b",
    r"\bhow much\b.{0,30}\byou\b.{0,15}\b(?:make|making|made|earn|earning|earned|paid|getting|"
    r"bring(?:ing)? (?:in|home)|take home)\b(?! of)",
    r"\b(?:pay|paid|paying|pays) you\b|\byou paid\b",
    r"\byou (?:\w+ )?(?:earn|make) (?:well|good money|decent money)\b",
    r"\b(?:do|did) you have (?:a |an )?(?:\w+ )?(?:income|salary|wage)\b",
    r"\b(?:salary|pay|wage|income|package)\b.{0,15}\b(?:are|were) you on\b",
    r"\byour (?:\w+ )?(?:role|job|position|work) (?:pays?|brings? in|earns?)\b|\b(?:does|did) your "
    r"(?:\w+ )?(?:role|job|position|work) (?:pay|bring in)\b",
    r"\b(?:tell|telling|share|sharing|say|saying|disclose|disclosing|reveal|revealing|ask|asking) "
    rf"(?:me |us )?(?:what|how much) you (?:\w+ )?{_MONEY}\b",
)


_EARNS = re.compile(
    r"\b(?:you|u)\b(?:\s+(?!think|feel|say|believe|expect|know|decide|want|need)[\w']+){0,3}?\s+(?:earn\w*|"
    r"clear(?:ing)?|get(?:ting)? paid|paid|bring(?:ing)? (?:in|home)|tak(?:e|ing) home)\b|"
    r"\b(?:do|did) you charge\b|\byou charge\b"
)
# "you make" / "you get" count as pay only with a money word later on the same line. Each part is
# searched once and the positions compared, so the cost stays linear (a look-ahead to the end of the
# line from every "you make" would be quadratic on a long text).
_YOU_MAKE = re.compile(r"\b(?:you|u)\b(?:\s+[\w']+){0,2}?\s+(?:make|making|made)\b(?! of\b)")
_YOU_GET = re.compile(r"\b(?:you|u)\b(?:\s+[\w']+){0,2}?\s+(?:get|getting|got)\b")
_MONEY_AFTER_MAKE = re.compile(
    r"\b(?:money|salary|pay|income|wage|a year|a month|an hour|per \w+|these days|at the moment|thousand|"
    r"figures?)\b"
)
_MONEY_AFTER_GET = re.compile(
    r"\b(?:money|salary|pay|income|wage|per (?:hour|year|month|week|day|project)|an hour|a year|a month|"
    r"thousand|figures?)\b"
)


def _then_money(line: str, verb: re.Pattern[str], money: re.Pattern[str]) -> bool:
    """Whether some match of ``verb`` has a match of ``money`` at or after its end."""
    last = max((m.start() for m in money.finditer(line)), default=-1)
    return last >= 0 and any(m.end() <= last for m in verb.finditer(line[: last + 1]))


def _earns(low: str) -> bool:
    if _EARNS.search(low):
        return True
    return any(
        _then_money(line, _YOU_MAKE, _MONEY_AFTER_MAKE) or _then_money(line, _YOU_GET, _MONEY_AFTER_GET)
        for line in low.split("\n")
    )


_OWN_PAY = re.compile(
    rf"\b(?:your|ur) (?:(?!company|firm|sector|field|industry|profession|team|organi[sz]ation|department)"
    rf"\w+ ){{0,2}}?(?:{_PAY}|earning|figure|package)\b|"
    r"\b(?:pay|pays|paid|paying) you\b|(?:salary|pay|wage|income|money|earnings|bonus|"
    r"raise)\b[^?.]{0,25}\b(?:are|were|do|"
    r"did) you (?:on|get|receive|earn|make|take home|bring home|clear)\b|\b(?:salary|pay|money|income)\b"
    r"[^?.]{0,20}\b(?:in|for|at) your (?:current |own )?(?:role|job|position)\b|\bfor you personally\b|"
    r"\bhow much (?:are|were) you on\b|\byou (?:\w+ )?(?:earn|make|clear|charge) (?:over|under|around|about|"
    r"more than|less than)? ?(?:\d|[a-z]+ thousand|six figures|seven figures)"
)
_GENERAL_EARNER = re.compile(
    r"\b(?:people|graduates|grads|juniors|freelancers|contractors|interns|newcomers|new staff|employees|"
    r"staff|workers|someone starting|entry-level|as a rule|on average|in (?:this|the) (?:field|industry|"
    r"profession|sector|area|line of work|region|city)|across the|schemes?)\b"
)


def personal_salary(text: str, segments: Sequence[str] = ()) -> bool:
    """Whether the question asks the interviewee's own pay."""
    low = text.lower()
    if _SALARY.search(low) is not None or any(_SALARY.search(_head(s).lower()) for s in segments):
        return True
    if _GENERAL_EARNER.search(low):
        return False
    given = re.search(r"\b(?:give|gives|gave|offer|offered) you\b", low) and re.search(
        r"\b(?:salary|pay|raise|bonus|rise|money)\b", low
    )
    return bool(given) or _OWN_PAY.search(low) is not None or _earns(low)


# -- the topic, for the learned second opinion -------------------------------------------
_PAY_WORD = re.compile(rf"\b(?:{_PAY}|{_MONEY}|package|ctc|ballpark|money|paid|pays?|tips?|overtime)\b")
_HOW_THEY_HIRE = re.compile(
    r"\b(?:decides?|decided|chooses?|picks?|selects?|hiring for|hire for|hired for|look for in|"
    r"keep me (?:posted|updated|informed) (?:on|about) (?:how|what|whether))\b"
)
"""How hiring is done there, or news of their work: fair, though the words are a job ask's."""
_ON_A_BODY = re.compile(
    r"\b(?:on|sit on|sits on|chair|chairs) (?:a|an|the) (?:[\w-]+ ){0,2}(?:panel|committee|board)\b"
)
"""Sitting on a pay panel or board is a role, not being paid."""
_A_PLACE_FOR = re.compile(
    r"\b(?:use|take on|room for|space for|a spot for|a place for) (?:a|an|another|one more|some) "
    r"(?:[\w-]+ ){0,2}(?:students?|hands?|helpers?|workers?|cooks?|grads?|graduates?)\b"
)
"""Room for one more pair of hands: a job ask that names no job."""


def about_a_job(text: str) -> bool:
    """Whether the question names something to be hired into, and is not a known fair shape.

    The learned second opinion (:mod:`infokit.questions.learned`) reads words, not
    structure, so it may only add a job ask when the question is about a job at all
    and is not one of the shapes the rules know to be fair (how people find work in
    the field, how hiring is decided there, feedback on a CV).
    """
    low = _POLITE.sub(" ", text.lower())
    fair = (_NOT_AN_ASK, _FEEDBACK, _FIELD_LEVEL, _HOW_PEOPLE, _HOW_THEY_HIRE)
    named = _JOB_THING.search(low) or _A_PLACE_FOR.search(low)
    return bool(named) and not any(p.search(low) for p in fair)


def about_pay(text: str) -> bool:
    """Whether the question mentions money at all and is not about the field's pay in general."""
    low = text.lower()
    fair = _GENERAL_EARNER.search(low) or _ON_A_BODY.search(low)
    return bool(_PAY_WORD.search(low) or re.search(_AMOUNT, low)) and not fair
