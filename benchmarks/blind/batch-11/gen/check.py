import re,json,csv,io,os,collections
meta=[json.loads(l) for l in open("meta.jsonl")]
files=sorted(f for f in os.listdir(".") if re.match(r"d\d{3}\.",f))
assert [m["file"] for m in meta]==files,(len(meta),len(files))
pat=re.compile(r"⟦([A-Z_]+)\|([^⟦⟧]+)⟧")
labels={"PERSON","PHONE_NUMBER","EMAIL_ADDRESS","ADDRESS","DATE_OF_BIRTH","CREDIT_CARD","CARD_EXPIRY","RU_PASSPORT","RU_SNILS","RU_INN","RU_OMS","RU_DRIVER_LICENSE","RU_BANK_ACCOUNT","IBAN_CODE","RU_VEHICLE_PLATE","RU_OGRNIP","SECRET","HANDLE","IP_ADDRESS","URL","KEEP"}
cnt=collections.Counter();kinds=collections.Counter()
for m in meta:
    f=m["file"];t=open(f).read();kinds[m["kind"]]+=1
    marks=pat.findall(t)
    for l,_ in marks: assert l in labels,(f,l);cnt[l]+=1
    rest=pat.sub("",t); assert "⟦" not in rest and "⟧" not in rest,f
    pii=any(l!="KEEP" for l,_ in marks); assert pii==m["pii"],f
    plain=pat.sub(lambda x:x.group(2),t)
    if f.endswith(".json"): json.loads(plain)
    if f.endswith(".jsonl"): [json.loads(l) for l in plain.splitlines() if l.strip()]
    if f.endswith(".csv"):
        d=";" if ";" in plain.splitlines()[0] else ","
        r=list(csv.reader(io.StringIO(plain),delimiter=d)); assert len(set(map(len,r)))==1,f
    if f.endswith(".srt"):
        for b in plain.strip().split("\n\n"):
            L=b.split("\n"); assert L[0].isdigit() and "-->" in L[1],f
print(kinds, sum(not m["pii"] for m in meta), sum(not m["file"].endswith(".txt") for m in meta))
print(dict(cnt))
