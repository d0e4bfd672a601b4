-- wrk script: each request saves a new draft note with two treated points, three episodes each, beside the drafts
-- already open (besideOpenDraft: the server refuses a second open draft unless the caller says it means one).
-- POINT_A, POINT_B and CLIENT come from the environment (set by load.sh).
wrk.method = "POST"
wrk.path = "/api/clients/" .. os.getenv("CLIENT") .. "/notes"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Knotwork-Request"] = "1"
wrk.headers["Cookie"] = os.getenv("COOKIE")
local function point(id, discomfort)
  return '{"triggerPointId":"' .. id .. '","pptBefore":{"value":2.4},"pptAfter":{"value":3.0},"episodes":['
    .. '{"kind":"COMPRESSION","pressureLevel":3,"holdSeconds":60,"repetitions":2,"discomfort":' .. discomfort .. '},'
    .. '{"kind":"STRETCH","stretch":"Slow stretch","holdSeconds":30,"repetitions":3,"breathingCoordinated":true,"forced":false},'
    .. '{"kind":"HEAT","modality":"WHEAT_BAG","minutes":8,"skinChecked":true}]}'
end
wrk.body = '{"besideOpenDraft":true,"sessionAt":"2026-03-02T10:00:00Z","complaint":"Neck pain","painBefore":6,"points":['
  .. point(os.getenv("POINT_A"), 2) .. ',' .. point(os.getenv("POINT_B"), 5)
  .. '],"assessment":"Eased","plan":"Weekly","painAfter":3}'
